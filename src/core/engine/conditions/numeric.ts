import { parsedComparison, type OperatorImpl } from './operator.ts';

/**
 * Numeric operators compare integers and decimals ("IAM JSON policy elements: Condition
 * operators", Numeric condition operators). A value that is not a number is of the wrong type and
 * matches nothing. Policy variables are not supported.
 *
 * Values are compared exactly, digit by digit: as doubles, 9007199254740993 would equal
 * 9007199254740992 and 0.30000000000000001 would equal 0.3.
 */

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** A number as written, without its sign, leading zeros of the integer or trailing zeros of the fraction. */
export interface Decimal {
  negative: boolean;
  integer: string;
  fraction: string;
}

export function parseDecimal(text: string): Decimal | undefined {
  if (!NUMBER.test(text)) return undefined;
  const unsigned = text.charAt(0) === '+' || text.charAt(0) === '-' ? text.slice(1) : text;
  const dot = unsigned.indexOf('.');
  const integer = (dot < 0 ? unsigned : unsigned.slice(0, dot)).replace(/^0+/, '');
  const fraction = dot < 0 ? '' : unsigned.slice(dot + 1).replace(/0+$/, '');
  // -0 is 0.
  const negative = text.charAt(0) === '-' && (integer !== '' || fraction !== '');
  return { negative, integer, fraction };
}

function compareText(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

/** Negative, zero or positive as `a` is less than, equal to or greater than `b`. */
export function compareDecimals(a: Decimal, b: Decimal): number {
  if (a.negative !== b.negative) return a.negative ? -1 : 1;
  // More integer digits (no leading zeros) is larger; same length compares digit by digit, and so
  // do fractions, whose trailing zeros are gone.
  const magnitude =
    a.integer.length - b.integer.length ||
    compareText(a.integer, b.integer) ||
    compareText(a.fraction, b.fraction);
  return a.negative ? -magnitude : magnitude;
}

function family(negated: boolean, holds: (order: number) => boolean): OperatorImpl {
  const compile = parsedComparison(parseDecimal, (request, policy) =>
    holds(compareDecimals(request, policy)),
  );
  return { negated, variables: false, compile };
}

export const numericOperators: Record<string, OperatorImpl> = {
  NumericEquals: family(false, (order) => order === 0),
  NumericNotEquals: family(true, (order) => order === 0),
  NumericLessThan: family(false, (order) => order < 0),
  NumericLessThanEquals: family(false, (order) => order <= 0),
  NumericGreaterThan: family(false, (order) => order > 0),
  NumericGreaterThanEquals: family(false, (order) => order >= 0),
};
