import type { SetQualifier } from './model.ts';

/**
 * Every base condition operator AWS documents, grouped by the family that evaluates it.
 * Source: "IAM JSON policy elements: Condition operators" (AWS IAM User Guide).
 */
export const CONDITION_OPERATOR_FAMILIES = {
  String: [
    'StringEquals',
    'StringNotEquals',
    'StringEqualsIgnoreCase',
    'StringNotEqualsIgnoreCase',
    'StringLike',
    'StringNotLike',
  ],
  Numeric: [
    'NumericEquals',
    'NumericNotEquals',
    'NumericLessThan',
    'NumericLessThanEquals',
    'NumericGreaterThan',
    'NumericGreaterThanEquals',
  ],
  Date: [
    'DateEquals',
    'DateNotEquals',
    'DateLessThan',
    'DateLessThanEquals',
    'DateGreaterThan',
    'DateGreaterThanEquals',
  ],
  Bool: ['Bool'],
  Binary: ['BinaryEquals'],
  IpAddress: ['IpAddress', 'NotIpAddress'],
  Arn: ['ArnEquals', 'ArnLike', 'ArnNotEquals', 'ArnNotLike'],
  Null: ['Null'],
} as const;

export type ConditionOperatorFamily = keyof typeof CONDITION_OPERATOR_FAMILIES;

export type BaseConditionOperator =
  (typeof CONDITION_OPERATOR_FAMILIES)[ConditionOperatorFamily][number];

export const BASE_CONDITION_OPERATORS: readonly BaseConditionOperator[] = Object.values(
  CONDITION_OPERATOR_FAMILIES,
).flat();

export const SET_QUALIFIERS: readonly SetQualifier[] = ['ForAllValues', 'ForAnyValue'];

const IF_EXISTS = 'IfExists';

const FAMILY_OF_OPERATOR = new Map<string, ConditionOperatorFamily>(
  Object.entries(CONDITION_OPERATOR_FAMILIES).flatMap(([family, operators]) =>
    operators.map((operator) => [operator, family as ConditionOperatorFamily] as const),
  ),
);

export function isBaseConditionOperator(name: string): name is BaseConditionOperator {
  return FAMILY_OF_OPERATOR.has(name);
}

export function operatorFamily(base: BaseConditionOperator): ConditionOperatorFamily {
  return FAMILY_OF_OPERATOR.get(base) as ConditionOperatorFamily;
}

export interface OperatorParts {
  base: BaseConditionOperator;
  setQualifier?: SetQualifier;
  ifExists: boolean;
}

/**
 * Splits `ForAnyValue:StringLikeIfExists` into its parts; undefined when the name is not a valid
 * operator. Operator names are matched exactly. `IfExists` can be added to any operator except
 * `Null` ("IAM JSON policy elements: Condition operators").
 */
export function splitConditionOperator(raw: string): OperatorParts | undefined {
  let rest = raw;
  let setQualifier: SetQualifier | undefined;
  const colon = rest.indexOf(':');
  if (colon >= 0) {
    const qualifier = rest.slice(0, colon);
    if (!SET_QUALIFIERS.includes(qualifier as SetQualifier)) return undefined;
    setQualifier = qualifier as SetQualifier;
    rest = rest.slice(colon + 1);
  }
  let ifExists = false;
  if (rest.endsWith(IF_EXISTS) && rest !== IF_EXISTS) {
    const withoutSuffix = rest.slice(0, -IF_EXISTS.length);
    if (isBaseConditionOperator(withoutSuffix) && withoutSuffix !== 'Null') {
      rest = withoutSuffix;
      ifExists = true;
    }
  }
  if (!isBaseConditionOperator(rest)) return undefined;
  return setQualifier === undefined
    ? { base: rest, ifExists }
    : { base: rest, setQualifier, ifExists };
}

/** Every valid operator name, for suggestions: each base with and without qualifier and IfExists. */
export function allConditionOperatorNames(): string[] {
  const names: string[] = [];
  for (const prefix of ['', ...SET_QUALIFIERS.map((qualifier) => `${qualifier}:`)]) {
    for (const base of BASE_CONDITION_OPERATORS) {
      names.push(`${prefix}${base}`);
      if (base !== 'Null') names.push(`${prefix}${base}${IF_EXISTS}`);
    }
  }
  return names;
}

/** A regular expression source matching exactly the valid operator names (for the JSON Schema). */
export function conditionOperatorPattern(): string {
  const withIfExists = BASE_CONDITION_OPERATORS.filter((base) => base !== 'Null');
  return `^(?:(?:ForAllValues|ForAnyValue):)?(?:(?:${withIfExists.join('|')})(?:${IF_EXISTS})?|Null)$`;
}
