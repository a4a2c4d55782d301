import type { ParsedPolicy, PolicyProblem } from '../policy/model.ts';
import { parsePolicy } from '../policy/parse.ts';
import type { PolicyType } from '../scenario/model.ts';
import { shareActionLists } from './action-lists.ts';
import { shareConditionSets } from './condition-sets.ts';
import type { LintCatalog } from './catalog-port.ts';
import type { LintContext } from './context.ts';
import type { LintFinding, LintSeverity } from './finding.ts';
import { markBroadFindings } from './reach/broad-findings.ts';
import { LINT_RULES } from './registry.ts';

/** Parse problems whose severity lint raises: Access Analyzer calls this one a security warning. */
const RAISED: Record<string, LintSeverity> = { 'allow-with-not-principal': 'security-warning' };

/*
 * IAM requires a policy's Sids to be unique; other services' resource-based policies accept
 * duplicates, where unique Sids are only recommended (IAM Access Analyzer: "Unique Sids required",
 * an error, and "Unique Sids recommended", a warning; "IAM JSON policy elements: Sid").
 */
function severityOf(problem: PolicyProblem, policyType: PolicyType): LintSeverity {
  const resourceBased = policyType === 'resource' || policyType === 'vpc-endpoint';
  if (problem.code === 'duplicate-sid' && resourceBased) return 'warning';
  return RAISED[problem.code] ?? problem.severity;
}

function fromProblem(problem: PolicyProblem, policyType: PolicyType): LintFinding {
  return {
    code: problem.code,
    severity: severityOf(problem, policyType),
    message: problem.message,
    span: problem.span,
  };
}

/** Whether a rule reports an error at the span of this grammar error, saying more (null-if-exists). */
function explainedByRule(problem: LintFinding, ruleFindings: LintFinding[]): boolean {
  return (
    problem.code === 'schema' &&
    ruleFindings.some(
      (finding) =>
        finding.severity === 'error' &&
        finding.span.start === problem.span.start &&
        finding.span.end === problem.span.end,
    )
  );
}

function bySpan(a: LintFinding, b: LintFinding): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || a.code.localeCompare(b.code);
}

/**
 * Every finding for one policy: the parser's problems, then each rule of the registry over what
 * could be read; a grammar error that a rule reports at the same span with a better message is
 * left to the rule. Rules that need the service reference run only when `catalog` is given. Given
 * a parsed policy, lint reads its tree and model as they are; given a text, it parses it once.
 */
export function lintPolicy(
  policy: ParsedPolicy | string,
  policyType: PolicyType,
  catalog?: LintCatalog,
): LintFinding[] {
  const parsed = typeof policy === 'string' ? parsePolicy(policy) : policy;
  const problems = parsed.problems.map((problem) => fromProblem(problem, policyType));
  const findings: LintFinding[] = [];
  const root = parsed.tree;
  if (root?.type === 'object') {
    const context: LintContext = { text: parsed.text, policy: parsed.policy, root, policyType };
    if (catalog) context.catalog = catalog;
    shareActionLists(parsed.policy.statements, parsed.text);
    shareConditionSets(parsed.policy.statements, parsed.text);
    for (const rule of LINT_RULES) {
      if (rule.needsCatalog && !catalog) continue;
      findings.push(...rule.check(context));
    }
  }
  const kept = problems.filter((problem) => !explainedByRule(problem, findings));
  const marked = markBroadFindings(findings, parsed.policy.statements);
  return [...kept, ...marked].sort(bySpan);
}
