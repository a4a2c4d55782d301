import type { LintRule } from '../context.ts';
import type { LintFinding } from '../finding.ts';
import { narrowsOn } from '../narrowing.ts';

/*
 * "Principal": "*" in an Allow statement of a resource-based policy grants access to everyone,
 * anonymous callers included, unless a condition narrows who ("IAM JSON policy elements:
 * Principal", anonymous users; "How IAM Access Analyzer findings work": a statement is public
 * unless a condition limits it by account, organization, source IP, VPC or source ARN). Negated
 * operators and IfExists do not narrow: a request without the key passes them.
 */

const NARROWING_KEYS = new Set(
  [
    'aws:PrincipalAccount',
    'aws:PrincipalArn',
    'aws:PrincipalOrgID',
    'aws:PrincipalOrgPaths',
    'aws:PrincipalServiceName',
    'aws:SourceAccount',
    'aws:SourceArn',
    'aws:SourceOwner',
    'aws:SourceOrgID',
    'aws:SourceOrgPaths',
    'aws:SourceIp',
    'aws:SourceVpc',
    'aws:SourceVpce',
    'aws:VpceAccount',
    'aws:VpceOrgID',
    'aws:VpceOrgPaths',
    'aws:userid',
    'aws:username',
    'kms:CallerAccount',
    'kms:ViaService',
    'lambda:EventSourceToken',
    's3:DataAccessPointAccount',
    'sns:Endpoint',
  ].map((key) => key.toLowerCase()),
);

export const publicAccess: LintRule = {
  code: 'public-access',
  check: ({ policy, policyType }) => {
    if (policyType !== 'resource' && policyType !== 'trust') return [];
    return policy.statements.flatMap((statement): LintFinding[] => {
      const principal = statement.principal;
      if (statement.effect !== 'Allow' || !principal || principal.negated) return [];
      const everyone = principal.entries.find(
        (entry) => entry.kind === 'AWS' && entry.value === '*',
      );
      if (!everyone || narrowsOn(statement, NARROWING_KEYS)) return [];
      return [
        {
          code: 'public-access',
          severity: 'security-warning',
          message:
            'Principal "*" without a narrowing condition gives everyone access, anonymous callers ' +
            'included: name the accounts or roles, or add a condition on aws:PrincipalOrgID, ' +
            'aws:PrincipalAccount, aws:SourceArn or aws:SourceVpce',
          span: everyone.span,
        },
      ];
    });
  },
};
