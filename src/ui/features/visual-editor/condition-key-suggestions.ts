import {
  actionConditionKeys,
  type ActionInfo,
  type Catalog,
  type ConditionKeyInfo,
} from '../../../core/index.ts';
import type { OperatorChoice } from './condition-edits.ts';

/**
 * The keys worth offering for a statement with these actions: the actions' service keys first,
 * then the global keys, each once (keys compare case-insensitively).
 */
export function conditionKeySuggestions(
  catalog: Catalog,
  actions: readonly ActionInfo[],
): ConditionKeyInfo[] {
  const keys = new Map<string, ConditionKeyInfo>();
  for (const key of [
    ...actions.flatMap((a) => actionConditionKeys(a)),
    ...catalog.globalConditionKeys,
  ]) {
    if (!keys.has(key.key.toLowerCase())) keys.set(key.key.toLowerCase(), key);
  }
  return [...keys.values()];
}

/** The key's entry in the catalog (templates such as `aws:ResourceTag/team` included), if loaded. */
export function knownConditionKey(catalog: Catalog, key: string): ConditionKeyInfo | undefined {
  const prefix = key.slice(0, Math.max(0, key.indexOf(':')));
  return catalog.globalConditionKey(key) ?? catalog.loaded(prefix)?.conditionKey(key);
}

const BASE_FOR_TYPE: Record<string, string> = {
  String: 'StringEquals',
  ARN: 'ArnLike',
  Bool: 'Bool',
  Date: 'DateGreaterThan',
  Numeric: 'NumericLessThan',
  IPAddress: 'IpAddress',
};

const FAMILY_PREFIX: Record<string, string> = {
  String: 'String',
  ARN: 'Arn',
  Bool: 'Bool',
  Date: 'Date',
  Numeric: 'Numeric',
  IPAddress: 'IpAddress',
};

/**
 * The usual operator for a key of this type; multivalued (`ArrayOf…`) keys get `ForAnyValue:`,
 * since a plain operator on a multivalued key is rarely what is meant ("Set operators for
 * multivalued context keys", IAM User Guide). Undefined for a type without a family.
 */
export function operatorForKeyType(type: string): OperatorChoice | undefined {
  const array = type.startsWith('ArrayOf');
  const base = BASE_FOR_TYPE[array ? type.slice('ArrayOf'.length) : type];
  if (!base) return undefined;
  return array ? { base, setQualifier: 'ForAnyValue', ifExists: false } : { base, ifExists: false };
}

/** Whether `operator` already belongs to the family the key's type needs (keep the user's pick). */
export function operatorFitsKeyType(operator: OperatorChoice, type: string): boolean {
  const scalar = type.startsWith('ArrayOf') ? type.slice('ArrayOf'.length) : type;
  const family = FAMILY_PREFIX[scalar];
  if (!family) return true;
  const arrayFits = !type.startsWith('ArrayOf') || operator.setQualifier !== undefined;
  const base = operator.base === 'NotIpAddress' ? 'IpAddress' : operator.base;
  return (base.startsWith(family) || operator.base === 'Null') && arrayFits;
}
