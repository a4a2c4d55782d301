import type { ConditionBlock, Statement } from '../policy/model.ts';

/**
 * What a condition on a key the request never has does to an Allow statement: a negated operator,
 * IfExists or `Null "true"` matches every request without the key, so the Allow holds for every
 * request it names ("IAM JSON policy elements: Condition operators"). The words to add to a
 * finding's message, or '' when the statement is not such an Allow.
 */
export function unconditionalAllowNote(statement: Statement, block: ConditionBlock): string {
  if (statement.effect !== 'Allow') return '';
  const { base, ifExists } = block.operator;
  const nullTrue =
    base === 'Null' &&
    block.keys.every((entry) => entry.values.every((value) => value.value === 'true'));
  if (!ifExists && !nullTrue && !/Not/.test(base)) return '';
  return `. With ${block.operator.raw} the condition holds whenever the key is absent, so this Allow applies to every request it names`;
}
