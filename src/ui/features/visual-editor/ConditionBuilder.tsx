import type { ConditionBlock } from '../../../core/policy/model.ts';
import type { PolicyEdit } from '../../../core/policy/statement-edits.ts';
import { ConditionRow } from './ConditionRow.tsx';
import { NewConditionForm } from './NewConditionForm.tsx';
import { labelClass } from './ui-classes.ts';

interface ConditionBuilderProps {
  statement: number;
  conditions: readonly ConditionBlock[];
  onEdit: (edit: PolicyEdit) => void;
}

/** The Condition element as rows of operator, key and values (one row per key). */
export function ConditionBuilder({ statement, conditions, onEdit }: ConditionBuilderProps) {
  const rows = conditions.flatMap((block, blockIndex) =>
    block.keys.map((_, keyIndex) => ({ block: blockIndex, key: keyIndex })),
  );
  return (
    <div className="flex flex-col gap-1">
      <span className={labelClass}>Condition</span>
      {rows.map((at, index) => (
        <ConditionRow
          key={`${at.block}:${at.key}`}
          statement={statement}
          conditions={conditions}
          at={at}
          number={index + 1}
          onEdit={onEdit}
        />
      ))}
      <NewConditionForm statement={statement} conditions={conditions} onEdit={onEdit} />
    </div>
  );
}
