import { grantsAccess, type LintRule } from '../context.ts';
import type { LintFinding } from '../finding.ts';

/*
 * "Effect": "Allow" with NotResource grants the actions on every resource except those listed:
 * resources of the account made later and, with a broad Action, resources of other services
 * too. The IAM User Guide calls such a statement "very dangerous" ("IAM JSON policy elements:
 * NotResource", "NotResource with Allow"); parliament reports it as NOTRESOURCE_WITH_ALLOW. A
 * warning: the grant may be meant, but it should be written as the Resource list it stands for.
 */

export const allowWithNotResource: LintRule = {
  code: 'allow-with-not-resource',
  check: ({ policy, policyType }) => {
    if (!grantsAccess(policyType)) return [];
    return policy.statements.flatMap((statement): LintFinding[] => {
      const resource = statement.resource;
      if (statement.effect !== 'Allow' || !resource?.negated) return [];
      return [
        {
          code: 'allow-with-not-resource',
          severity: 'warning',
          message:
            'NotResource with "Effect": "Allow" grants the actions on every resource except those ' +
            'listed, including resources created later: list the resources meant in Resource instead',
          span: resource.span,
        },
      ];
    });
  },
};
