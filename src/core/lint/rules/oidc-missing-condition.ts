import type { LintRule } from '../context.ts';
import type { LintFinding } from '../finding.ts';
import { audienceKey, conditionValuesFor, GITHUB_HOST, oidcProvider } from './oidc-trust.ts';

/* See oidc-trust.ts. IAM Access Analyzer: "Missing condition key for oidc principal", "Missing github repo condition key". */

export const oidcMissingCondition: LintRule = {
  code: 'oidc-missing-condition',
  check: ({ policy, policyType }) =>
    policy.statements.flatMap((statement): LintFinding[] => {
      // Elsewhere a Federated principal is federated-principal-unsupported's to report.
      if (policyType !== 'trust' || statement.effect !== 'Allow' || statement.principal?.negated)
        return [];
      return (statement.principal?.entries ?? []).flatMap((entry): LintFinding[] => {
        const provider = oidcProvider(entry);
        if (!provider) return [];
        const missing = [audienceKey(provider)];
        if (provider === GITHUB_HOST) missing.push(`${GITHUB_HOST}:sub`);
        const absent = missing.filter((key) => conditionValuesFor(statement, key) === undefined);
        if (absent.length === 0) return [];
        return [
          {
            code: 'oidc-missing-condition',
            severity: 'security-warning',
            message:
              `Any user of ${provider} can assume this role: add a condition on ${absent.join(' and ')}` +
              (provider === GITHUB_HOST
                ? ', e.g. StringEquals aud "sts.amazonaws.com" and StringLike sub "repo:ORG/REPO:ref:refs/heads/main"'
                : " with your application's client ID"),
            span: entry.span,
          },
        ];
      });
    }),
};
