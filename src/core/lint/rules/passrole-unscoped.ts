import { grantsAccess, type LintRule } from '../context.ts';
import type { LintFinding } from '../finding.ts';
import { coversAction, entryCovering, isUnscoped } from '../statement-match.ts';

/*
 * iam:PassRole lets a principal hand a role to a service, which then acts with the role's
 * permissions; allowing it for every role ("*", NotResource, or through NotAction) lets the
 * principal pass a more privileged role than its own ("Granting a user permissions to pass a role
 * to an AWS service"; IAM Access Analyzer: "Pass role with star in resource", "Pass role with
 * NotResource", security warnings). Name the roles' ARNs, and add an iam:PassedToService condition.
 * Not in a policy that grants nothing by itself (an SCP's FullAWSAccess allows "*" on "*").
 */

export const passRoleUnscoped: LintRule = {
  code: 'passrole-unscoped',
  check: ({ policy, policyType }) => {
    if (!grantsAccess(policyType)) return [];
    return policy.statements.flatMap((statement): LintFinding[] => {
      if (statement.effect !== 'Allow' || !coversAction(statement, 'iam:PassRole')) return [];
      if (!isUnscoped(statement)) return [];
      const entry = entryCovering(statement, 'iam:PassRole');
      const how = statement.resource?.negated ? 'with NotResource' : 'on every resource ("*")';
      return [
        {
          code: 'passrole-unscoped',
          severity: 'security-warning',
          message:
            `This statement allows iam:PassRole ${how}: the principal can pass any role, even one ` +
            'more privileged than itself, to a service. List the role ARNs in Resource and add an ' +
            'iam:PassedToService condition',
          span: entry?.span ?? statement.effectSpan,
        },
      ];
    });
  },
};
