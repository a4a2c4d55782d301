import { useState } from 'react';
import { type PolicyEdit, type PrincipalElement, type PrincipalKind } from '../../../core/index.ts';
import { Select } from '../../components/Select.tsx';
import { CommitInput } from './CommitInput.tsx';
import {
  PRINCIPAL_KINDS,
  addPrincipal,
  isEveryone,
  removePrincipal,
  replacePrincipal,
  type PrincipalName,
} from './principal-edits.ts';
import { SegmentedChoice } from './SegmentedChoice.tsx';
import { ValueList } from './ValueList.tsx';
import { buttonClass, inputClass, labelClass, selectClass } from './ui-classes.ts';

const NAMES = ['Principal', 'NotPrincipal'] as const;

const PLACEHOLDERS: Record<PrincipalKind, string> = {
  AWS: '123456789012 or arn:aws:iam::123456789012:role/name',
  Service: 'ec2.amazonaws.com',
  Federated: 'cognito-identity.amazonaws.com',
  CanonicalUser: 'canonical user id',
};

interface PrincipalEditorProps {
  statement: number;
  element: PrincipalElement | undefined;
  onEdit: (edit: PolicyEdit) => void;
}

/** Principal/NotPrincipal: entries grouped by kind, a field to add one of any kind, and `*`. */
export function PrincipalEditor({ statement, element, onEdit }: PrincipalEditorProps) {
  const [negatedDraft, setNegatedDraft] = useState(false);
  const [kind, setKind] = useState<PrincipalKind>('AWS');
  const name: PrincipalName = (element ? element.negated : negatedDraft) ? NAMES[1] : NAMES[0];
  const kinds = PRINCIPAL_KINDS.filter((candidate) =>
    element?.entries.some((entry) => entry.kind === candidate),
  );

  function switchTo(choice: PrincipalName) {
    if (choice === name) return;
    if (element) onEdit({ kind: 'rename', statement, path: [name], to: choice });
    else setNegatedDraft(choice === NAMES[1]);
  }

  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className={labelClass}>Principal</span>
        <SegmentedChoice
          label="Principal or NotPrincipal"
          options={NAMES}
          value={name}
          onChange={switchTo}
        />
      </div>
      {element &&
        kinds.map((group) => (
          <div key={group} className="flex flex-col gap-1 pl-2">
            <span className="font-mono text-[11px] text-zinc-500 dark:text-zinc-400">{group}</span>
            <ValueList
              label={`${name} ${group}`}
              values={element.entries
                .filter((entry) => entry.kind === group)
                .map((entry) => entry.value)}
              onReplace={(index, value) =>
                onEdit(replacePrincipal(statement, element, name, group, index, value))
              }
              onRemove={(index) => onEdit(removePrincipal(statement, element, name, group, index))}
            />
          </div>
        ))}
      <div className="flex items-center gap-1">
        <Select
          aria-label={`${name} type`}
          className={selectClass}
          value={kind}
          options={PRINCIPAL_KINDS}
          onChange={setKind}
        />
        <CommitInput
          aria-label={`Add ${name}`}
          className={`${inputClass} flex-1`}
          placeholder={PLACEHOLDERS[kind]}
          value=""
          clearOnCommit
          onCommit={(value) => {
            if (value.trim() !== '') onEdit(addPrincipal(statement, element, name, kind, value));
          }}
        />
        {!isEveryone(element) && (
          <button
            type="button"
            className={buttonClass}
            aria-label={`Set ${name} to everyone (*)`}
            title="Everyone (*)"
            onClick={() => onEdit({ kind: 'set', statement, path: [name], value: '*' })}
          >
            *
          </button>
        )}
      </div>
    </div>
  );
}
