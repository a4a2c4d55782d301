import type { LintRule } from '../context.ts';
import type { LintFinding } from '../finding.ts';

/*
 * "Statements must include either a Resource or a NotResource element" ("IAM JSON policy elements:
 * Resource"). Not in a role trust policy, where the resource is the role itself
 * (resource-in-trust-policy.ts); SCPs may leave it out ("SCP syntax", AWS Organizations).
 */

export const missingResource: LintRule = {
  code: 'missing-resource',
  check: ({ policy, policyType }) => {
    if (policyType === 'scp' || policyType === 'trust') return [];
    return policy.statements
      .filter((statement) => !statement.resource)
      .map((statement): LintFinding => ({
        code: 'missing-resource',
        severity: 'error',
        message:
          'The statement has no Resource: add "Resource" with the ARNs it covers ("*" for all)',
        span: statement.effectSpan,
      }));
  },
};
