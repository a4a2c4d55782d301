/**
 * A CloudWatch Logs filter pattern for JSON log events, parsed: CloudWatch Logs User Guide,
 * "Filter pattern syntax for metric filters, subscription filters, and filter log events",
 * section "Using filter patterns to match terms in JSON log events".
 */

/** One step of a property selector: `.name` or `[index]`. */
export type SelectorStep = { kind: 'property'; name: string } | { kind: 'index'; index: number };

export interface Selector {
  /** As written, `$.userIdentity.type`. */
  text: string;
  steps: SelectorStep[];
}

export type EqualityOperator = '=' | '!=';
export type NumericOperator = '<' | '>' | '<=' | '>=';

/** The right-hand side of `=` and `!=`. */
export type FilterValue =
  /** A quoted or unquoted string; a leading or trailing `*` (anyBefore, anyAfter) matches any text there. */
  | { kind: 'text'; text: string; anyBefore: boolean; anyAfter: boolean }
  /** An unquoted number, compared as a number with a number node. */
  | { kind: 'number'; text: string; value: number }
  /** `%regex%`, searched for in the node's text. */
  | { kind: 'regex'; source: string; matches: (text: string) => boolean };

export type FilterCondition =
  | { kind: 'equality'; selector: Selector; operator: EqualityOperator; value: FilterValue }
  | { kind: 'numeric'; selector: Selector; operator: NumericOperator; value: number }
  | { kind: 'is'; selector: Selector; literal: null | boolean }
  | { kind: 'not-exists'; selector: Selector };

export type FilterExpression =
  | FilterCondition
  | { kind: 'and'; operands: FilterExpression[] }
  | { kind: 'or'; operands: FilterExpression[] };

export interface FilterPattern {
  text: string;
  expression: FilterExpression;
}

/** A syntax error: what is wrong and the 1-based column of the pattern where it is. */
export interface FilterPatternError {
  message: string;
  column: number;
}

export type ParsedFilterPattern =
  { ok: true; pattern: FilterPattern } | { ok: false; error: FilterPatternError };
