import { useState, type FormEvent } from 'react';
import type { ConditionBlock } from '../../../core/policy/model.ts';
import type { PolicyEdit } from '../../../core/policy/statement-edits.ts';
import { addConditionRow, operatorName, type OperatorChoice } from './condition-edits.ts';
import { OperatorPicker } from './OperatorPicker.tsx';
import { buttonClass, inputClass } from './ui-classes.ts';

interface NewConditionFormProps {
  statement: number;
  conditions: readonly ConditionBlock[];
  onEdit: (edit: PolicyEdit) => void;
}

const INITIAL: OperatorChoice = { base: 'StringEquals', ifExists: false };

/** Operator, key and a first value, added as one edit once the key and value are filled in. */
export function NewConditionForm({ statement, conditions, onEdit }: NewConditionFormProps) {
  const [operator, setOperator] = useState<OperatorChoice>(INITIAL);
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const complete = key.trim() !== '' && value.trim() !== '';

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!complete) return;
    onEdit(addConditionRow(statement, conditions, operatorName(operator), key.trim(), value));
    setKey('');
    setValue('');
  }

  return (
    <form
      aria-label="New condition"
      className="flex flex-col gap-1 rounded border border-dashed border-zinc-300 p-2 dark:border-zinc-700"
      onSubmit={submit}
    >
      <OperatorPicker value={operator} onChange={setOperator} />
      <div className="flex flex-wrap items-center gap-1">
        <input
          aria-label="New condition key"
          className={`${inputClass} flex-1`}
          placeholder="aws:MultiFactorAuthPresent"
          spellCheck={false}
          value={key}
          onChange={(event) => setKey(event.target.value)}
        />
        <input
          aria-label="New condition value"
          className={`${inputClass} flex-1`}
          placeholder="true"
          spellCheck={false}
          value={value}
          onChange={(event) => setValue(event.target.value)}
        />
        <button type="submit" className={buttonClass} disabled={!complete}>
          Add condition
        </button>
      </div>
    </form>
  );
}
