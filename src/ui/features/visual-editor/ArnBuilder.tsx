import { useId, useMemo, useState } from 'react';
import { type ActionInfo } from '../../../core/index.ts';
import { TextInput } from '../../components/TextInput.tsx';
import { HelperPanel } from './HelperPanel.tsx';
import { ANY, arnFields, buildArn, fieldLabel, resourceTypesOf } from './arn-builder-model.ts';
import { buttonClass, inputClass, labelClass, selectClass } from './ui-classes.ts';

interface ArnBuilderProps {
  /** The statement's actions; their resource types are offered. */
  actions: readonly ActionInfo[];
  onAdd: (arn: string) => void;
  onClose: () => void;
}

/** Builds an ARN from a resource type's format, one field per placeholder, empty meaning any. */
export function ArnBuilder({ actions, onAdd, onClose }: ArnBuilderProps) {
  const choices = useMemo(() => resourceTypesOf(actions), [actions]);
  const [chosen, setChosen] = useState(0);
  const [values, setValues] = useState<Record<string, string>>({});
  const fieldId = useId();
  const choice = choices[Math.min(chosen, choices.length - 1)];
  const fields = choice ? arnFields(choice.resourceType.arnFormat) : [];
  const arn = choice ? buildArn(choice.resourceType.arnFormat, values) : '';

  return (
    <HelperPanel
      label="ARN builder"
      onClose={onClose}
      heading={<span className="text-xs font-semibold">Build an ARN</span>}
    >
      {choice ? (
        <>
          <label className="flex flex-col gap-0.5">
            <span className={labelClass}>Resource type</span>
            <select
              aria-label="Resource type"
              className={selectClass}
              value={chosen}
              onChange={(event) => setChosen(Number(event.target.value))}
            >
              {choices.map(({ service, resourceType }, index) => (
                <option key={`${service}:${resourceType.name}`} value={index}>
                  {service} {resourceType.name}
                </option>
              ))}
            </select>
          </label>
          <p className="font-mono text-[11px] break-all text-zinc-500 dark:text-zinc-400">
            {choice.resourceType.arnFormat}
          </p>
          <div className="grid grid-cols-[auto_1fr] items-center gap-x-2 gap-y-1">
            {fields.map((field) => (
              <FieldInput
                key={`${chosen}:${field}`}
                id={`${fieldId}-${field}`}
                name={field}
                value={values[field] ?? ''}
                onChange={(value) => setValues({ ...values, [field]: value })}
              />
            ))}
          </div>
          <div className="flex items-center gap-2">
            <output
              aria-label="Built ARN"
              className="min-w-0 flex-1 font-mono text-xs break-all text-zinc-900 dark:text-zinc-100"
            >
              {arn}
            </output>
            <button type="button" className={buttonClass} onClick={() => onAdd(arn)}>
              Add ARN
            </button>
          </div>
        </>
      ) : (
        <p className="text-xs text-zinc-500 dark:text-zinc-400">
          Choose actions first: their resource types will be offered here.
        </p>
      )}
    </HelperPanel>
  );
}

function FieldInput({
  id,
  name,
  value,
  onChange,
}: {
  id: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const any = value.trim() === '';
  return (
    <>
      <label htmlFor={id} className="text-xs text-zinc-600 dark:text-zinc-300">
        {fieldLabel(name)}
      </label>
      <div className="flex items-center gap-1">
        <TextInput
          id={id}
          className={`${inputClass} flex-1`}
          placeholder={`${ANY} (any)`}
          value={value}
          onChange={onChange}
        />
        <button
          type="button"
          className={buttonClass}
          aria-label={`Any ${fieldLabel(name).toLowerCase()}`}
          aria-pressed={any}
          disabled={any}
          onClick={() => onChange('')}
        >
          Any
        </button>
      </div>
    </>
  );
}
