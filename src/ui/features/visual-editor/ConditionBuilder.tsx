import { useId, useMemo } from 'react';
import {
  type ActionElement,
  bundledCatalog,
  type ConditionBlock,
  type PolicyEdit,
} from '../../../core/index.ts';
import { addConditionRow } from './condition-edits.ts';
import { ConditionRow } from './ConditionRow.tsx';
import { conditionKeySuggestions } from './condition-key-suggestions.ts';
import { ConditionKeyList } from './ConditionKeyList.tsx';
import { NewConditionForm } from './NewConditionForm.tsx';
import { useStatementActions } from './use-catalog.ts';
import { labelClass } from './ui-classes.ts';

interface ConditionBuilderProps {
  statement: number;
  conditions: readonly ConditionBlock[];
  /** The statement's Action: the keys its actions support are suggested first. */
  statementAction?: ActionElement;
  onEdit: (edit: PolicyEdit) => void;
}

const NO_VALUES: string[] = [];

/** The Condition element as rows of operator, key and values (one row per key). */
export function ConditionBuilder({
  statement,
  conditions,
  statementAction,
  onEdit,
}: ConditionBuilderProps) {
  const keyListId = useId();
  const actionValues =
    statementAction && !statementAction.negated
      ? statementAction.entries.map((entry) => entry.value)
      : NO_VALUES;
  const actions = useStatementActions(actionValues);
  const keys = useMemo(() => conditionKeySuggestions(bundledCatalog(), actions), [actions]);
  const rows = conditions.flatMap((block, blockIndex) =>
    block.keys.map((_, keyIndex) => ({ block: blockIndex, key: keyIndex })),
  );
  return (
    <div className="flex flex-col gap-1">
      <span className={labelClass}>Condition</span>
      <ConditionKeyList id={keyListId} keys={keys} testId="condition-key-suggestions" />
      {rows.map((at, index) => (
        <ConditionRow
          key={`${at.block}:${at.key}`}
          statement={statement}
          conditions={conditions}
          at={at}
          number={index + 1}
          keyListId={keyListId}
          onEdit={onEdit}
        />
      ))}
      <NewConditionForm
        keySuggestions={keys}
        keyListId={keyListId}
        onAdd={(operator, key, value) =>
          onEdit(addConditionRow(statement, conditions, operator, key, value))
        }
      />
    </div>
  );
}
