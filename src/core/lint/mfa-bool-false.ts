import type { Effect, Policy } from '../policy/model.ts';
import { conditionKeyUses, type ConditionKeyUse } from './conditions.ts';

/**
 * Where statements of this effect test aws:MultiFactorAuthPresent with a plain Bool "false",
 * which never matches requests signed with long-term access keys: they have no such key ("AWS
 * global condition context keys", aws:MultiFactorAuthPresent).
 */
export function mfaBoolFalseUses(policy: Policy, effect: Effect): ConditionKeyUse[] {
  return conditionKeyUses(policy).filter(({ statement, block, entry }) => {
    const { base, ifExists, setQualifier } = block.operator;
    return (
      statement.effect === effect &&
      base === 'Bool' &&
      !ifExists &&
      !setQualifier &&
      entry.key.toLowerCase() === 'aws:multifactorauthpresent' &&
      entry.values.some((value) => value.value.toLowerCase() === 'false')
    );
  });
}
