import { parseTree, type Node } from 'jsonc-parser';
import { findExcessiveNesting, MAX_JSON_DEPTH } from '../json/depth.ts';
import { parseValidJson } from '../policy/json-tree.ts';
import type { PolicyProblem } from '../policy/model.ts';
import { parsePolicy } from '../policy/parse.ts';
import type { PolicyType } from '../scenario/model.ts';
import type { LintCatalog } from './catalog-port.ts';
import type { LintContext } from './context.ts';
import type { LintFinding, LintSeverity } from './finding.ts';
import { LINT_RULES } from './registry.ts';

/** Parse problems whose severity lint raises: Access Analyzer calls this one a security warning. */
const RAISED: Record<string, LintSeverity> = { 'allow-with-not-principal': 'security-warning' };

function fromProblem(problem: PolicyProblem): LintFinding {
  return {
    code: problem.code,
    severity: RAISED[problem.code] ?? problem.severity,
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

/**
 * The JSON tree the rules read: built in one pass for valid JSON, recovered by jsonc-parser
 * otherwise; none for text nested too deep to walk (the parser reports it).
 */
function treeOf(text: string): Node | undefined {
  const valid = parseValidJson(text, MAX_JSON_DEPTH);
  if (valid) return valid.root;
  if (findExcessiveNesting(text) >= 0) return undefined;
  return parseTree(text, [], { disallowComments: true, allowTrailingComma: false });
}

function bySpan(a: LintFinding, b: LintFinding): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || a.code.localeCompare(b.code);
}

/**
 * Every finding for one policy: the parser's problems, then each rule of the registry over what
 * could be read; a grammar error that a rule reports at the same span with a better message is
 * left to the rule. Rules that need the service reference run only when `catalog` is given.
 */
export function lintPolicy(
  text: string,
  policyType: PolicyType,
  catalog?: LintCatalog,
): LintFinding[] {
  const parsed = parsePolicy(text);
  const problems = parsed.problems.map(fromProblem);
  const findings: LintFinding[] = [];
  const root = treeOf(text);
  if (root?.type === 'object') {
    const context: LintContext = { text, policy: parsed.policy, root, policyType };
    if (catalog) context.catalog = catalog;
    for (const rule of LINT_RULES) {
      if (rule.needsCatalog && !catalog) continue;
      findings.push(...rule.check(context));
    }
  }
  const kept = problems.filter((problem) => !explainedByRule(problem, findings));
  return [...kept, ...findings].sort(bySpan);
}
