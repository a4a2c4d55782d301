import type { Effect, Span, Statement } from '../../../core/index.ts';

/** A statement as Go to symbol lists it: its Sid, or its place when it has none. */
export interface StatementSymbol {
  name: string;
  effect: Effect;
  /** The whole statement. */
  span: Span;
  /** What the editor selects: the Sid's value, or the Effect's. */
  selection: Span;
}

/** "ReadReports" for a statement with that Sid, "Statement 3" for the third without one. */
export function statementSymbols(statements: readonly Statement[]): StatementSymbol[] {
  return statements.map((statement) => ({
    name: statement.sid?.value || `Statement ${statement.index + 1}`,
    effect: statement.effect,
    span: statement.span,
    selection: statement.sid?.value ? statement.sid.span : statement.effectSpan,
  }));
}
