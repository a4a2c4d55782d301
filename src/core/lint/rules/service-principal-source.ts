import type { LintRule } from '../context.ts';
import type { LintFinding } from '../finding.ts';
import { narrowsOn } from '../narrowing.ts';

/*
 * A service principal granted access by a resource-based policy acts for every AWS customer: unless
 * a condition names the source resource, account or organization, another account can make the
 * service use this access on its behalf ("The confused deputy problem", IAM User Guide:
 * cross-service confused deputy prevention recommends aws:SourceArn and aws:SourceAccount, and
 * aws:SourceOrgID for an organization). IAM Access Analyzer: "Restrict access to service principal"
 * (security warning) when no condition limits the statement, "Recommended condition key for service
 * principal" (suggestion) when other keys, such as aws:Referer, stand in for a source key.
 * Role trust policies are left alone: most services do not send a source when they assume a
 * service role (EC2, Lambda), so every such trust policy would be reported.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html
 */

const SOURCE_KEYS = new Set(
  [
    'aws:SourceArn',
    'aws:SourceAccount',
    'aws:SourceOrgID',
    'aws:SourceOrgPaths',
    'aws:SourceOwner',
  ].map((key) => key.toLowerCase()),
);

export const servicePrincipalSource: LintRule = {
  code: 'service-principal-source',
  check: ({ policy, policyType }) => {
    if (policyType !== 'resource') return [];
    return policy.statements.flatMap((statement): LintFinding[] => {
      const principal = statement.principal;
      if (statement.effect !== 'Allow' || !principal || principal.negated) return [];
      if (narrowsOn(statement, SOURCE_KEYS)) return [];
      const others = [
        ...new Set(statement.conditions.flatMap((block) => block.keys.map((entry) => entry.key))),
      ];
      return principal.entries
        .filter((entry) => entry.kind === 'Service')
        .map((entry): LintFinding =>
          others.length === 0
            ? {
                code: 'service-principal-source',
                severity: 'security-warning',
                message:
                  `"${entry.value}" may act here for any AWS account (the confused deputy problem): ` +
                  'add a condition on aws:SourceArn or aws:SourceAccount naming the resource or account it serves',
                span: entry.span,
              }
            : {
                code: 'service-principal-source',
                severity: 'suggestion',
                message:
                  `To limit what "${entry.value}" may do for other accounts, use aws:SourceArn or ` +
                  `aws:SourceAccount rather than ${others.join(', ')}`,
                span: entry.span,
              },
        );
    });
  },
};
