import type { Statement } from './model.ts';

/** The index of the last statement starting before `offset` (statements are in text order), or -1. */
export function statementBefore(statements: readonly Statement[], offset: number): number {
  let low = 0;
  let high = statements.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (statements[middle]!.span.start < offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** The statement whose span holds `offset`, if any. */
export function statementAt(
  statements: readonly Statement[],
  offset: number,
): Statement | undefined {
  const statement = statements[statementBefore(statements, offset + 1)];
  return statement && offset < statement.span.end ? statement : undefined;
}
