import { useState } from 'react';
import { type ActionElement, type PolicyEdit, type ResourceElement } from '../../../core/index.ts';
import { ActionPicker } from './ActionPicker.tsx';
import { ArnBuilder } from './ArnBuilder.tsx';
import { listEdit } from './list-edit.ts';
import { SegmentedChoice } from './SegmentedChoice.tsx';
import { useStatementActions } from './use-catalog.ts';
import { ValueList } from './ValueList.tsx';
import { buttonClass, labelClass } from './ui-classes.ts';

interface ListElementEditorProps {
  statement: number;
  element: ActionElement | ResourceElement | undefined;
  /** The element's name and its negated name, e.g. ['Action', 'NotAction']. */
  names: readonly [string, string];
  placeholder: string;
  /** For Resource: the statement's Action, whose resource types the ARN builder offers. */
  statementAction?: ActionElement;
  onEdit: (edit: PolicyEdit) => void;
}

const NO_VALUES: string[] = [];

/** Action/NotAction or Resource/NotResource: the switch between the two and the entry list. */
export function ListElementEditor({
  statement,
  element,
  names,
  placeholder,
  statementAction,
  onEdit,
}: ListElementEditorProps) {
  // Only used while the element is absent: which of the two names the first entry will create.
  const [negatedDraft, setNegatedDraft] = useState(false);
  const [helperOpen, setHelperOpen] = useState(false);
  const negated = element ? element.negated : negatedDraft;
  const name = negated ? names[1] : names[0];
  const entries = element?.entries ?? [];
  const values = entries.map((entry) => entry.value);
  const isAction = names[0] === 'Action';
  const actionValues =
    statementAction && !statementAction.negated
      ? statementAction.entries.map((entry) => entry.value)
      : NO_VALUES;
  const actions = useStatementActions(isAction ? NO_VALUES : actionValues);

  function switchTo(choice: string) {
    if (choice === name) return;
    if (element) onEdit({ kind: 'rename', statement, path: [name], to: choice });
    else setNegatedDraft(choice === names[1]);
  }

  function remove(index: number) {
    if (entries.length <= 1) onEdit({ kind: 'set', statement, path: [name], value: undefined });
    else onEdit({ kind: 'remove-value', statement, path: [name], index });
  }

  function change(next: readonly string[]) {
    const edit = listEdit(statement, name, values, next);
    if (edit) onEdit(edit);
  }

  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className={labelClass}>{names[0]}</span>
        <SegmentedChoice
          label={`${names[0]} or ${names[1]}`}
          options={names}
          value={name}
          onChange={switchTo}
        />
      </div>
      <ValueList
        label={name}
        values={values}
        placeholder={placeholder}
        onAdd={(value) => onEdit({ kind: 'add-value', statement, path: [name], value })}
        onReplace={(index, value) =>
          onEdit({ kind: 'replace-value', statement, path: [name], index, value })
        }
        onRemove={remove}
      />
      <div className="flex flex-wrap gap-1">
        <button
          type="button"
          className={buttonClass}
          aria-expanded={helperOpen}
          onClick={() => setHelperOpen(!helperOpen)}
        >
          {isAction ? 'Add actions…' : 'Build ARN…'}
        </button>
        {!isAction && (
          <button
            type="button"
            className={buttonClass}
            title="Resource: * (every resource)"
            disabled={values.includes('*')}
            onClick={() => change(['*'])}
          >
            All resources
          </button>
        )}
      </div>
      {helperOpen &&
        (isAction ? (
          <ActionPicker entries={values} onChange={change} onClose={() => setHelperOpen(false)} />
        ) : (
          <ArnBuilder
            actions={actions}
            onAdd={(arn) => {
              change(values.includes(arn) ? values : [...values, arn]);
              setHelperOpen(false);
            }}
            onClose={() => setHelperOpen(false)}
          />
        ))}
    </div>
  );
}
