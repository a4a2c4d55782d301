import { unscopedActionRule } from '../unscoped-action.ts';

/*
 * iam:PassRole lets a principal hand a role to a service, which then acts with the role's
 * permissions; allowing it for every role ("*", NotResource, or through NotAction) lets the
 * principal pass a more privileged role than its own ("Granting a user permissions to pass a role
 * to an AWS service"; IAM Access Analyzer: "Pass role with star in resource", "Pass role with
 * NotResource", security warnings). Name the roles' ARNs, and add an iam:PassedToService condition.
 */

export const passRoleUnscoped = unscopedActionRule({
  code: 'passrole-unscoped',
  action: 'iam:PassRole',
  severity: 'security-warning',
  scopingKeys: new Set(),
  message: (how) =>
    `This statement allows iam:PassRole ${how}: the principal can pass any role, even one ` +
    'more privileged than itself, to a service. List the role ARNs in Resource and add an ' +
    'iam:PassedToService condition',
});
