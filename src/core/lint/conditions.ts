import type {
  ConditionBlock,
  ConditionKeyEntry,
  Policy,
  Statement,
  TextValue,
} from '../policy/model.ts';
import {
  isBaseConditionOperator,
  operatorFamily,
  type ConditionOperatorFamily,
} from '../policy/operators.ts';

export interface ConditionKeyUse {
  statement: Statement;
  block: ConditionBlock;
  family: ConditionOperatorFamily;
  entry: ConditionKeyEntry;
}

// A dozen rules read these lists: each is built once per parsed policy.
const keyUses = new WeakMap<Policy, readonly ConditionKeyUse[]>();
const valueUses = new WeakMap<Policy, readonly ConditionValueUse[]>();

/** Every key of every condition block, with its statement and the operator's family. */
export function conditionKeyUses(policy: Policy): readonly ConditionKeyUse[] {
  let uses = keyUses.get(policy);
  if (!uses) {
    uses = collectKeyUses(policy);
    keyUses.set(policy, uses);
  }
  return uses;
}

function collectKeyUses(policy: Policy): ConditionKeyUse[] {
  const uses: ConditionKeyUse[] = [];
  for (const statement of policy.statements) {
    for (const block of statement.conditions) {
      const base = block.operator.base;
      if (!isBaseConditionOperator(base)) continue;
      const family = operatorFamily(base);
      for (const entry of block.keys) uses.push({ statement, block, family, entry });
    }
  }
  return uses;
}

export interface ConditionValueUse extends ConditionKeyUse {
  value: TextValue;
}

/** Every value of every condition key, with its key's use. */
export function conditionValueUses(policy: Policy): readonly ConditionValueUse[] {
  let uses = valueUses.get(policy);
  if (!uses) {
    const found: ConditionValueUse[] = [];
    for (const { statement, block, family, entry } of conditionKeyUses(policy)) {
      for (const value of entry.values) found.push({ statement, block, family, entry, value });
    }
    uses = found;
    valueUses.set(policy, uses);
  }
  return uses;
}

/**
 * Operator families whose values may hold policy variables ("IAM JSON policy elements: Condition
 * operators": string, ARN and Boolean operators), as the engine's operator tables say.
 */
export const FAMILIES_WITH_VARIABLES: ReadonlySet<ConditionOperatorFamily> = new Set([
  'String',
  'Arn',
  'Bool',
]);
