import type { LintRule } from '../context.ts';
import type { LintFinding } from '../finding.ts';

/*
 * aws:PrincipalOrgID and aws:PrincipalOrgPaths are "included in the request context only if the
 * principal is a member of an organization" ("AWS global condition context keys"); a service
 * principal belongs to none, so in a statement whose principals are all services the condition
 * never matches (negated, it always does). IAM Access Analyzer: "Unsupported condition key for
 * service principal" (its example: aws:PrincipalOrgID with cloudfront.amazonaws.com). The
 * organization of the resource the service acts for is aws:SourceOrgID.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
 */

const ORG_KEYS: Record<string, string> = {
  'aws:principalorgid': 'aws:SourceOrgID',
  'aws:principalorgpaths': 'aws:SourceOrgPaths',
};

export const servicePrincipalOrgKey: LintRule = {
  code: 'service-principal-org-key',
  check: ({ policy }) =>
    policy.statements.flatMap((statement): LintFinding[] => {
      const entries = statement.principal?.entries ?? [];
      if (entries.length === 0 || !entries.every((entry) => entry.kind === 'Service')) return [];
      return statement.conditions.flatMap((block) =>
        block.keys
          .filter((entry) => ORG_KEYS[entry.key.toLowerCase()])
          .map((entry): LintFinding => ({
            code: 'service-principal-org-key',
            severity: 'error',
            message:
              `A service principal belongs to no organization, so requests from ${entries.map((e) => `"${e.value}"`).join(', ')} ` +
              `never have "${entry.key}": use ${ORG_KEYS[entry.key.toLowerCase()]}, the organization of the resource the service acts for`,
            span: entry.keySpan,
          })),
      );
    }),
};
