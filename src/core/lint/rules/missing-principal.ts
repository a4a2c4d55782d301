import type { LintRule } from '../context.ts';
import type { LintFinding } from '../finding.ts';

/*
 * A resource-based policy, a role trust policy included, must say who it applies to: "you must
 * use the Principal element in resource-based policies" ("IAM JSON policy elements: Principal").
 */

export const missingPrincipal: LintRule = {
  code: 'missing-principal',
  check: ({ policy, policyType }) => {
    if (policyType !== 'resource' && policyType !== 'trust' && policyType !== 'rcp') return [];
    return policy.statements
      .filter((statement) => !statement.principal)
      .map((statement): LintFinding => ({
        code: 'missing-principal',
        severity: 'error',
        message:
          policyType === 'rcp'
            ? 'A resource control policy statement needs "Principal": "*"; narrow it with conditions'
            : `A ${policyType === 'trust' ? 'trust' : 'resource-based'} policy statement needs a Principal: ` +
              'add "Principal": {"AWS": "arn:aws:iam::ACCOUNT:root"} (or Service, Federated)',
        span: statement.effectSpan,
      }));
  },
};
