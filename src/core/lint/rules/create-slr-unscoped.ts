import { unscopedActionRule } from '../unscoped-action.ts';

/*
 * iam:CreateServiceLinkedRole on every resource ("*", NotResource, or through a wildcard or
 * NotAction) lets the principal create a service-linked role for any service, giving that service
 * its permissions in the account (IAM Access Analyzer: the six "Create SLR with ..." checks,
 * general warnings). Scope it to the service's role path,
 * arn:aws:iam::*:role/aws-service-role/SERVICE.amazonaws.com/*, or with an iam:AWSServiceName
 * condition ("Using service-linked roles", service-linked role permissions).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html
 */

export const createSlrUnscoped = unscopedActionRule({
  code: 'create-slr-unscoped',
  action: 'iam:CreateServiceLinkedRole',
  severity: 'warning',
  scopingKeys: new Set(['iam:awsservicename']),
  message: (how) =>
    `This statement allows iam:CreateServiceLinkedRole ${how}: the principal can create a ` +
    'service-linked role for any service. Name the role path, e.g. ' +
    'arn:aws:iam::*:role/aws-service-role/SERVICE.amazonaws.com/*, or add an iam:AWSServiceName condition',
});
