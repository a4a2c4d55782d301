import type { LintRule } from '../context.ts';
import type { LintFinding } from '../finding.ts';

/*
 * "Role trust policies do not support NotPrincipal" (IAM Access Analyzer: "Role trust policy
 * syntax error notprincipal", an error): a trust policy names who may assume the role in Principal.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html
 */

export const trustNotPrincipal: LintRule = {
  code: 'trust-not-principal',
  check: ({ policy, policyType }) => {
    if (policyType !== 'trust') return [];
    return policy.statements
      .filter((statement) => statement.principal?.negated)
      .map((statement): LintFinding => ({
        code: 'trust-not-principal',
        severity: 'error',
        message:
          'A role trust policy cannot use NotPrincipal: name who may assume the role in Principal ' +
          '(to exclude someone, add a Deny with an aws:PrincipalArn condition)',
        span: statement.principal!.span,
      }));
  },
};
