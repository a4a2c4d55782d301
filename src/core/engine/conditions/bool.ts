import { partsText } from '../variables.ts';
import { parsedComparison, type OperatorImpl } from './operator.ts';

/**
 * Bool compares "true"/"false", case-insensitively ("IAM JSON policy elements: Condition
 * operators", Boolean condition operators, which lists policy variables as supported).
 */

export function parseBool(text: string): boolean | undefined {
  const lower = text.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  return undefined;
}

const compile = parsedComparison(parseBool, (r, p) => r === p);

export const boolOperators: Record<string, OperatorImpl> = {
  Bool: {
    negated: false,
    variables: true,
    compile,
    compileParts: (parts) => compile(partsText(parts)),
  },
};
