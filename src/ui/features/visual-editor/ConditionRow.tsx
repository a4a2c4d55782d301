import { type ConditionBlock, type PolicyEdit } from '../../../core/index.ts';
import { CommitInput } from './CommitInput.tsx';
import {
  changeOperator,
  operatorName,
  removeConditionRow,
  removeConditionValue,
  renameConditionKey,
  valuesPath,
  type RowAt,
} from './condition-edits.ts';
import { OperatorPicker } from './OperatorPicker.tsx';
import { ValueList } from './ValueList.tsx';
import { iconButtonClass } from './ui-classes.ts';

interface ConditionRowProps {
  statement: number;
  conditions: readonly ConditionBlock[];
  at: RowAt;
  /** 1-based, names the row's group: "Condition 2". */
  number: number;
  /** The id of a datalist of condition keys to suggest. */
  keyListId?: string;
  onEdit: (edit: PolicyEdit) => void;
}

/** One condition key under one operator, with its values. */
export function ConditionRow({
  statement,
  conditions,
  at,
  number,
  keyListId,
  onEdit,
}: ConditionRowProps) {
  const block = conditions[at.block];
  const entry = block?.keys[at.key];
  if (!block || !entry) return null;
  const { base, setQualifier, ifExists } = block.operator;
  const path = valuesPath(conditions, at);

  function emit(edit: PolicyEdit | undefined) {
    if (edit) onEdit(edit);
  }

  return (
    <div
      role="group"
      aria-label={`Condition ${number}`}
      className="flex flex-col gap-1 rounded border border-zinc-200 p-2 dark:border-zinc-800"
    >
      <div className="flex items-start justify-between gap-1">
        <OperatorPicker
          value={setQualifier ? { base, setQualifier, ifExists } : { base, ifExists }}
          onChange={(choice) =>
            emit(changeOperator(statement, conditions, at, operatorName(choice)))
          }
        />
        <button
          type="button"
          className={iconButtonClass}
          aria-label="Remove condition"
          title="Remove condition"
          onClick={() => onEdit(removeConditionRow(statement, conditions, at))}
        >
          ×
        </button>
      </div>
      <CommitInput
        aria-label="Condition key"
        placeholder="aws:SourceIp"
        list={keyListId}
        value={entry.key}
        onCommit={(key) => {
          const edit = renameConditionKey(statement, conditions, at, key);
          if (!edit) return false;
          onEdit(edit);
        }}
      />
      <div className="pl-2">
        <ValueList
          label="Value"
          values={entry.values.map((value) => value.value)}
          placeholder="value"
          onAdd={(value) => onEdit({ kind: 'add-value', statement, path, value })}
          onReplace={(index, value) =>
            onEdit({ kind: 'replace-value', statement, path, index, value })
          }
          onRemove={(index) => onEdit(removeConditionValue(statement, conditions, at, index))}
        />
      </div>
    </div>
  );
}
