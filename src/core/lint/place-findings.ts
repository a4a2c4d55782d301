import type { ParsedPolicy, Span } from '../policy/model.ts';
import { statementAt } from '../policy/statement-at.ts';
import type { LintFinding } from './finding.ts';

export interface PlacedFinding extends LintFinding {
  /** The statement whose text holds the finding: its index in the Statement array, its span. */
  statement?: { index: number; span: Span };
}

/**
 * Each finding with the statement of the parsed policy its start lies in (a binary search over
 * the statements' spans), for the visual editor's statement cards. `parsed` must be the parse of
 * the text that was linted.
 */
export function placeFindings(
  parsed: ParsedPolicy,
  findings: readonly LintFinding[],
): PlacedFinding[] {
  const { statements } = parsed.policy;
  return findings.map((finding) => {
    const statement = statementAt(statements, finding.span.start);
    return statement
      ? { ...finding, statement: { index: statement.index, span: statement.span } }
      : finding;
  });
}
