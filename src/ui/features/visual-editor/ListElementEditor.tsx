import { useState } from 'react';
import type { ActionElement, ResourceElement } from '../../../core/policy/model.ts';
import type { PolicyEdit } from '../../../core/policy/statement-edits.ts';
import { SegmentedChoice } from './SegmentedChoice.tsx';
import { ValueList } from './ValueList.tsx';
import { labelClass } from './ui-classes.ts';

interface ListElementEditorProps {
  statement: number;
  element: ActionElement | ResourceElement | undefined;
  /** The element's name and its negated name, e.g. ['Action', 'NotAction']. */
  names: readonly [string, string];
  placeholder: string;
  onEdit: (edit: PolicyEdit) => void;
}

/** Action/NotAction or Resource/NotResource: the switch between the two and the entry list. */
export function ListElementEditor({
  statement,
  element,
  names,
  placeholder,
  onEdit,
}: ListElementEditorProps) {
  // Only used while the element is absent: which of the two names the first entry will create.
  const [negatedDraft, setNegatedDraft] = useState(false);
  const negated = element ? element.negated : negatedDraft;
  const name = negated ? names[1] : names[0];
  const entries = element?.entries ?? [];

  function switchTo(choice: string) {
    if (choice === name) return;
    if (element) onEdit({ kind: 'rename', statement, path: [name], to: choice });
    else setNegatedDraft(choice === names[1]);
  }

  function remove(index: number) {
    if (entries.length <= 1) onEdit({ kind: 'set', statement, path: [name], value: undefined });
    else onEdit({ kind: 'remove-value', statement, path: [name], index });
  }

  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-center justify-between gap-2">
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
        values={entries.map((entry) => entry.value)}
        placeholder={placeholder}
        onAdd={(value) => onEdit({ kind: 'add-value', statement, path: [name], value })}
        onReplace={(index, value) =>
          onEdit({ kind: 'replace-value', statement, path: [name], index, value })
        }
        onRemove={remove}
      />
    </div>
  );
}
