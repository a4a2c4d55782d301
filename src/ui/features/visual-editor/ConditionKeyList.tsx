import type { ConditionKeyInfo } from '../../../core/index.ts';

/** A datalist of condition keys to suggest in a key field, each shown with its type. */
export function ConditionKeyList({
  id,
  keys,
  testId,
}: {
  id: string;
  keys: readonly ConditionKeyInfo[];
  testId?: string;
}) {
  return (
    <datalist id={id} data-testid={testId}>
      {keys.map((key) => (
        <option key={key.key} value={key.key}>
          {key.type}
        </option>
      ))}
    </datalist>
  );
}
