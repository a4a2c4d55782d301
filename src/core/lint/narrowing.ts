import type { Statement } from '../policy/model.ts';

/**
 * Whether a condition of the statement requires one of these keys (lower case) to match: a plain
 * operator on it. Negated operators and IfExists do not narrow, since a request without the key
 * passes them ("IAM JSON policy elements: Condition operators").
 */
export function narrowsOn(statement: Statement, keys: ReadonlySet<string>): boolean {
  return statement.conditions.some(
    (block) =>
      !block.operator.ifExists &&
      !/Not/.test(block.operator.base) &&
      block.keys.some((entry) => keys.has(entry.key.toLowerCase())),
  );
}
