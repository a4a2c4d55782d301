import type { Effect, PrincipalEntry } from '../policy/model.ts';
import {
  roleNameAndPath,
  type RequestPrincipal,
  type RequestPrincipalKind,
} from '../principal/request-principal.ts';

/**
 * How a Principal entry named the request's principal. `direct` names the user, the role session,
 * the federated user or the service itself; `role` names the role of a session; `account` names the
 * account (an account id or its root ARN), which delegates to the account's own policies.
 */
export type PrincipalGrant = 'none' | 'account' | 'role' | 'wildcard' | 'direct';

/** A Principal/NotPrincipal entry, read once when the policy is prepared. */
export interface CompiledPrincipal {
  kind:
    | 'any'
    | 'account'
    | 'user'
    | 'role'
    | 'session'
    | 'federated'
    | 'service'
    | 'identity-provider'
    | 'other';
  value: string;
  account?: string;
  roleName?: string;
  rolePath?: string;
}

const ENTRY_ARN = /^arn:[^:]+:(iam|sts)::(\d{12}):(.+)$/;

export function compilePrincipalEntry(entry: PrincipalEntry): CompiledPrincipal {
  const value = entry.value;
  if (entry.kind === 'Service') return { kind: 'service', value: value.toLowerCase() };
  // A role trust policy names a web identity or SAML provider this way (see request-principal.ts).
  if (entry.kind === 'Federated') return { kind: 'identity-provider', value };
  if (entry.kind !== 'AWS') return { kind: 'other', value };
  if (value === '*') return { kind: 'any', value };
  if (/^\d{12}$/.test(value)) return { kind: 'account', value, account: value };
  const arn = ENTRY_ARN.exec(value);
  if (!arn) return { kind: 'other', value };
  const [, service, account, resource = ''] = arn;
  if (service === 'iam' && resource === 'root') return { kind: 'account', value, account };
  if (service === 'iam' && resource.startsWith('user/')) return { kind: 'user', value, account };
  if (service === 'iam' && resource.startsWith('role/')) {
    return { kind: 'role', value, account, ...roleNameAndPath(resource) };
  }
  if (service === 'sts' && resource.startsWith('assumed-role/'))
    return { kind: 'session', value, account };
  if (service === 'sts' && resource.startsWith('federated-user/'))
    return { kind: 'federated', value, account };
  return { kind: 'other', value };
}

const IAM_KINDS = new Set<RequestPrincipalKind>(['user', 'role-session', 'federated-user', 'root']);

/** Whether one compiled entry names the principal, and how (see AWS JSON policy elements: Principal). */
export function matchPrincipalEntry(
  entry: CompiledPrincipal,
  principal: RequestPrincipal,
): PrincipalGrant {
  switch (entry.kind) {
    case 'any':
      return 'wildcard';
    case 'account':
      return IAM_KINDS.has(principal.kind) && principal.account === entry.account
        ? 'account'
        : 'none';
    case 'user':
    case 'federated':
      return principal.arn === entry.value && principal.kind !== 'role-session' ? 'direct' : 'none';
    case 'session':
      return principal.sessionArn === entry.value ? 'direct' : 'none';
    case 'role':
      return principal.kind === 'role-session' &&
        principal.account === entry.account &&
        principal.roleName === entry.roleName &&
        (principal.rolePath === undefined || principal.rolePath === entry.rolePath)
        ? 'role'
        : 'none';
    case 'service':
      return principal.kind === 'service' && principal.raw.toLowerCase() === entry.value
        ? 'direct'
        : 'none';
    case 'identity-provider':
      return principal.federatedCall !== undefined && principal.raw === entry.value
        ? 'direct'
        : 'none';
    case 'other':
      return 'none';
  }
}

/** The identities AWS checks a NotPrincipal against: every one must be listed to exclude the caller. */
function requiredExclusions(principal: RequestPrincipal): PrincipalGrant[] {
  switch (principal.kind) {
    case 'user':
    case 'federated-user':
      return ['account', 'direct'];
    case 'role-session':
      return principal.sessionArn ? ['account', 'role', 'direct'] : ['account', 'role'];
    case 'root':
      return ['account'];
    case 'service':
    case 'web-identity':
    case 'saml':
      return ['direct'];
    default:
      return ['wildcard'];
  }
}

/**
 * Whether a NotPrincipal list leaves the caller out (AWS JSON policy elements: NotPrincipal).
 * With Allow it "allows all principals except the one named": naming the caller, its role or its
 * account leaves it out. With Deny, AWS may check a caller against its account, then its role,
 * then the session, so each of them must be listed to keep the caller from being denied.
 */
export function notPrincipalExcludes(
  entries: readonly CompiledPrincipal[],
  principal: RequestPrincipal,
  effect: Effect,
): boolean {
  const named = new Set<PrincipalGrant>();
  for (const entry of entries) named.add(matchPrincipalEntry(entry, principal));
  named.delete('none');
  if (named.has('wildcard')) return true;
  if (effect === 'Allow') return named.size > 0;
  return requiredExclusions(principal).every((identity) => named.has(identity));
}
