import { splitConditionOperator, type BaseConditionOperator } from '../policy/operators.ts';

/** How to say that a request value stands in an operator's relation to a policy value. */
export interface Relation {
  /** "is in", "equals" ... */
  holds: string;
  /** "is not in", "does not equal" ... */
  fails: string;
  /** After "needs it to": "be in", "equal" ... */
  need: string;
  /** What a value of the operator's type is, for "not a valid ..." wording. */
  type: string;
}

type Positive = Exclude<
  BaseConditionOperator,
  | 'StringNotEquals'
  | 'StringNotEqualsIgnoreCase'
  | 'StringNotLike'
  | 'NumericNotEquals'
  | 'DateNotEquals'
  | 'NotIpAddress'
  | 'ArnNotEquals'
  | 'ArnNotLike'
  | 'Null'
>;

const EQUALS = { holds: 'equals', fails: 'does not equal', need: 'equal' };
const MATCHES = { holds: 'matches', fails: 'does not match', need: 'match' };

const RELATIONS: Record<Positive, Relation> = {
  StringEquals: { ...EQUALS, type: 'string' },
  StringEqualsIgnoreCase: {
    holds: 'equals (ignoring case)',
    fails: 'does not equal (ignoring case)',
    need: 'equal (ignoring case)',
    type: 'string',
  },
  StringLike: { ...MATCHES, type: 'string' },
  NumericEquals: { ...EQUALS, type: 'number' },
  NumericLessThan: {
    holds: 'is less than',
    fails: 'is not less than',
    need: 'be less than',
    type: 'number',
  },
  NumericLessThanEquals: {
    holds: 'is at most',
    fails: 'is more than',
    need: 'be at most',
    type: 'number',
  },
  NumericGreaterThan: {
    holds: 'is greater than',
    fails: 'is not greater than',
    need: 'be greater than',
    type: 'number',
  },
  NumericGreaterThanEquals: {
    holds: 'is at least',
    fails: 'is less than',
    need: 'be at least',
    type: 'number',
  },
  DateEquals: { holds: 'is', fails: 'is not', need: 'be', type: 'date' },
  DateLessThan: { holds: 'is before', fails: 'is not before', need: 'be before', type: 'date' },
  DateLessThanEquals: {
    holds: 'is at or before',
    fails: 'is after',
    need: 'be at or before',
    type: 'date',
  },
  DateGreaterThan: { holds: 'is after', fails: 'is not after', need: 'be after', type: 'date' },
  DateGreaterThanEquals: {
    holds: 'is at or after',
    fails: 'is before',
    need: 'be at or after',
    type: 'date',
  },
  Bool: { holds: 'is', fails: 'is not', need: 'be', type: 'boolean' },
  BinaryEquals: { ...EQUALS, type: 'base-64 value' },
  IpAddress: { holds: 'is in', fails: 'is not in', need: 'be in', type: 'IP address' },
  ArnEquals: { ...EQUALS, type: 'ARN' },
  ArnLike: { ...MATCHES, type: 'ARN' },
};

/** A negated operator holds when its positive counterpart matches none of the values. */
const POSITIVE_OF: Partial<Record<BaseConditionOperator, Positive>> = {
  StringNotEquals: 'StringEquals',
  StringNotEqualsIgnoreCase: 'StringEqualsIgnoreCase',
  StringNotLike: 'StringLike',
  NumericNotEquals: 'NumericEquals',
  DateNotEquals: 'DateEquals',
  NotIpAddress: 'IpAddress',
  ArnNotEquals: 'ArnEquals',
  ArnNotLike: 'ArnLike',
};

export interface OperatorWording {
  base: BaseConditionOperator;
  negated: boolean;
  setQualifier?: 'ForAllValues' | 'ForAnyValue';
  ifExists: boolean;
  /** The relation of the positive operator (StringEquals for StringNotEquals); absent for Null. */
  relation?: Relation;
}

/** The wording pieces for an operator as written; undefined when the name is no known operator. */
export function operatorWording(raw: string): OperatorWording | undefined {
  const parts = splitConditionOperator(raw);
  if (!parts) return undefined;
  const positive = POSITIVE_OF[parts.base];
  const negated = positive !== undefined;
  const relation =
    parts.base === 'Null' ? undefined : RELATIONS[(positive ?? parts.base) as Positive];
  const wording: OperatorWording = { base: parts.base, negated, ifExists: parts.ifExists };
  if (relation) wording.relation = relation;
  if (parts.setQualifier) wording.setQualifier = parts.setQualifier;
  return wording;
}
