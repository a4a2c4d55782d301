import { parsedComparison, type OperatorImpl } from './operator.ts';

/**
 * Numeric operators compare integers and decimals ("IAM JSON policy elements: Condition
 * operators", Numeric condition operators). A value that is not a number is of the wrong type and
 * matches nothing. Policy variables are not supported.
 */

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

export function parseNumber(text: string): number | undefined {
  return NUMBER.test(text) ? Number(text) : undefined;
}

function family(
  negated: boolean,
  compare: (request: number, policy: number) => boolean,
): OperatorImpl {
  return { negated, variables: false, compile: parsedComparison(parseNumber, compare) };
}

export const numericOperators: Record<string, OperatorImpl> = {
  NumericEquals: family(false, (r, p) => r === p),
  NumericNotEquals: family(true, (r, p) => r === p),
  NumericLessThan: family(false, (r, p) => r < p),
  NumericLessThanEquals: family(false, (r, p) => r <= p),
  NumericGreaterThan: family(false, (r, p) => r > p),
  NumericGreaterThanEquals: family(false, (r, p) => r >= p),
};
