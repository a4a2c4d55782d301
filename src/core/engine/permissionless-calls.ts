import type { RequestPrincipal, RequestPrincipalKind } from '../principal/request-principal.ts';
import type { AwsRule } from './trace.ts';

/**
 * Calls AWS documents as needing no permission: policies neither allow nor deny them, so an
 * explicit Deny, an SCP or a permissions boundary does not stop them. Only calls whose AWS page
 * says so are listed, each with the callers the page names.
 */

interface PermissionlessCall {
  action: string;
  callers: readonly RequestPrincipalKind[];
  rule: AwsRule;
}

const CALLS: readonly PermissionlessCall[] = [
  {
    action: 'sts:GetCallerIdentity',
    // Any caller with AWS credentials.
    callers: ['user', 'role-session', 'federated-user', 'root'],
    rule: {
      kind: 'no-permission-needed',
      reason:
        'sts:GetCallerIdentity needs no permission: "If an administrator attaches a policy to your identity that explicitly denies access to the sts:GetCallerIdentity action, you can still perform this operation."',
      source: {
        title: 'AWS STS API Reference, GetCallerIdentity',
        url: 'https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html',
      },
    },
  },
  {
    action: 'sts:GetSessionToken',
    // "must be called by using the long-term AWS security credentials" of an IAM user or the root user.
    callers: ['user', 'root'],
    rule: {
      kind: 'no-permission-needed',
      reason:
        'sts:GetSessionToken needs no permission: "No permissions are required for a user to get a session token. [...] You cannot use policies to control authentication operations."',
      source: {
        title: 'IAM User Guide, Permissions for GetSessionToken',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_getsessiontoken.html',
      },
    },
  },
];

const BY_ACTION = new Map(CALLS.map((call) => [call.action.toLowerCase(), call]));

/** Whether `action` (in lower case) needs no permission for some caller. */
export function isPermissionlessAction(action: string): boolean {
  return BY_ACTION.has(action);
}

/** The rule when the principal's call needs no permission; undefined when policies decide it. */
export function permissionlessCall(
  action: string,
  principal: RequestPrincipal,
): AwsRule | undefined {
  const call = BY_ACTION.get(action.toLowerCase());
  return call?.callers.includes(principal.kind) ? call.rule : undefined;
}
