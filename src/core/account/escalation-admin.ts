/**
 * Admin-equivalent, as the escalation analysis reports it: the principal is allowed every action
 * on every resource, which is what AdministratorAccess grants ("Action": "*", "Resource": "*").
 * The evaluator is asked, on the resource "*" (which only a Resource of "*" matches), two probe
 * actions that no policy names by themselves:
 * - one of a service that does not exist, so only an Action of "*" (or a NotAction) allows it;
 * - one of IAM, so that a NotAction leaving IAM out, as PowerUserAccess does, is not admin.
 * Both must be allowed with everything that applies: identity policies, the permissions boundary
 * and the SCPs and RCPs given, so a boundary or an SCP that holds an administrator back makes it
 * not admin. A Deny of a few named actions does not touch the probes, so such a principal still
 * counts as admin-equivalent. A principal allowed only iam:* is not admin-equivalent: it is
 * reported with the paths (iam-007, iam-008, ...) by which it makes itself admin.
 */
export const ADMIN_PROBES = ['iam-policy-studio-probe:AnyAction', 'iam:IamPolicyStudioProbe'];

export function isAdminEquivalent(
  allowedOnEvery: (principalArn: string, action: string) => boolean,
  principalArn: string,
): boolean {
  return ADMIN_PROBES.every((action) => allowedOnEvery(principalArn, action));
}
