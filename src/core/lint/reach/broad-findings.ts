import type { Statement } from '../../policy/model.ts';
import { statementAt } from '../../policy/statement-at.ts';
import { unconditionalAllowNote } from '../absent-key.ts';
import type { LintFinding } from '../finding.ts';

/** Findings that say a statement grants more than it looks: wildcards, NotAction, NotResource. */
const BROAD_CODES: ReadonlySet<string> = new Set([
  'wildcard-action',
  'wildcard-resource',
  'resource-effectively-star',
  'wildcard-service-name',
  'public-access',
  'privilege-escalation',
  'resource-policy-escalation',
  'permissions-management',
  'passrole-unscoped',
  'create-slr-unscoped',
  'allow-with-not-resource',
]);

/** Findings on a condition key that, negated, make an Allow hold for every request it names. */
const CONDITION_KEY_CODES: ReadonlySet<string> = new Set([
  'unknown-condition-key',
  'unsupported-condition-key',
  'condition-key-format',
]);

function negatedConditionAt(statement: Statement, offset: number): boolean {
  return statement.conditions.some(
    (block) =>
      block.span.start <= offset &&
      offset < block.span.end &&
      unconditionalAllowNote(statement, block) !== '',
  );
}

function isBroad(finding: LintFinding, statement: Statement): boolean {
  if (BROAD_CODES.has(finding.code)) return true;
  return CONDITION_KEY_CODES.has(finding.code) && negatedConditionAt(statement, finding.span.start);
}

/**
 * Each finding that says its statement is broader than it looks, marked with that statement's
 * index (`broadStatement`), whose reach the findings panel then works out on demand: a binary
 * search per finding, so lint stays as fast as the user types.
 */
export function markBroadFindings(
  findings: readonly LintFinding[],
  statements: readonly Statement[],
): LintFinding[] {
  return findings.map((finding) => {
    const statement = statementAt(statements, finding.span.start);
    return statement && isBroad(finding, statement)
      ? { ...finding, broadStatement: statement.index }
      : finding;
  });
}
