import { parseTree } from 'jsonc-parser';
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

function bySpan(a: LintFinding, b: LintFinding): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || a.code.localeCompare(b.code);
}

/**
 * Every finding for one policy: the parser's problems, then each rule of the registry over what
 * could be read. Rules that need the service reference run only when `catalog` is given.
 */
export function lintPolicy(
  text: string,
  policyType: PolicyType,
  catalog?: LintCatalog,
): LintFinding[] {
  const parsed = parsePolicy(text);
  const findings = parsed.problems.map(fromProblem);
  const root = parseTree(text, [], { disallowComments: true, allowTrailingComma: false });
  if (root?.type === 'object') {
    const context: LintContext = { text, policy: parsed.policy, root, policyType };
    if (catalog) context.catalog = catalog;
    for (const rule of LINT_RULES) {
      if (rule.needsCatalog && !catalog) continue;
      findings.push(...rule.check(context));
    }
  }
  return findings.sort(bySpan);
}
