import type { Effect, PrincipalEntry } from '../policy/model.ts';

export type RequestPrincipalKind =
  'user' | 'role-session' | 'federated-user' | 'root' | 'service' | 'anonymous' | 'unknown';

/** The request's principal, read from its ARN or special value. */
export interface RequestPrincipal {
  raw: string;
  kind: RequestPrincipalKind;
  partition?: string;
  account?: string;
  /** The value of aws:PrincipalArn: for a role session, the role's ARN. */
  arn?: string;
  /** The value of aws:PrincipalType. */
  principalType?: 'User' | 'AssumedRole' | 'FederatedUser' | 'Account' | 'Anonymous';
  userName?: string;
  roleName?: string;
  /** Known only when the principal was given as a role ARN. */
  rolePath?: string;
  /** Known only when the principal was given as an assumed-role session ARN. */
  sessionArn?: string;
  /** Role path /aws-service-role/, or a session of an AWSServiceRoleFor... role. */
  serviceLinked: boolean;
}

const ARN = /^arn:([^:]+):(iam|sts)::(\d{12}):(.+)$/;
const SERVICE = /^[a-z0-9][a-z0-9-]*(\.[a-z0-9-]+)+$/i;

function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function fromArn(
  raw: string,
  partition: string,
  service: string,
  account: string,
  resource: string,
): RequestPrincipal {
  const base = { raw, partition, account, serviceLinked: false };
  const unknown: RequestPrincipal = { raw, kind: 'unknown', serviceLinked: false };
  if (service === 'iam') {
    if (resource === 'root') return { ...base, kind: 'root', arn: raw, principalType: 'Account' };
    if (resource.startsWith('user/') && resource.length > 5 && !resource.endsWith('/')) {
      return {
        ...base,
        kind: 'user',
        arn: raw,
        principalType: 'User',
        userName: lastSegment(resource),
      };
    }
    if (resource.startsWith('role/') && resource.length > 5 && !resource.endsWith('/')) {
      const roleName = lastSegment(resource);
      const rolePath = resource.slice(4, resource.length - roleName.length);
      const serviceLinked = rolePath.startsWith('/aws-service-role/');
      return {
        ...base,
        kind: 'role-session',
        arn: raw,
        principalType: 'AssumedRole',
        roleName,
        rolePath,
        serviceLinked,
      };
    }
    return unknown;
  }
  const parts = resource.split('/');
  if (parts[0] === 'assumed-role' && parts.length === 3 && parts[1] && parts[2]) {
    const roleName = parts[1];
    return {
      ...base,
      kind: 'role-session',
      arn: `arn:${partition}:iam::${account}:role/${roleName}`,
      principalType: 'AssumedRole',
      roleName,
      sessionArn: raw,
      serviceLinked: roleName.startsWith('AWSServiceRoleFor'),
    };
  }
  if (parts[0] === 'federated-user' && parts.length === 2 && parts[1]) {
    return { ...base, kind: 'federated-user', arn: raw, principalType: 'FederatedUser' };
  }
  return unknown;
}

/** Reads a request's `principal` (see "Principals" in the scenario format). */
export function parseRequestPrincipal(raw: string): RequestPrincipal {
  if (raw === '*')
    return { raw, kind: 'anonymous', principalType: 'Anonymous', serviceLinked: false };
  const arn = ARN.exec(raw);
  if (arn) return fromArn(raw, arn[1] ?? 'aws', arn[2] ?? '', arn[3] ?? '', arn[4] ?? '');
  if (!raw.includes(':') && SERVICE.test(raw))
    return { raw, kind: 'service', serviceLinked: false };
  return { raw, kind: 'unknown', serviceLinked: false };
}

/**
 * How a Principal entry named the request's principal. `direct` names the user, the role session,
 * the federated user or the service itself; `role` names the role of a session; `account` names the
 * account (an account id or its root ARN), which delegates to the account's own policies.
 */
export type PrincipalGrant = 'none' | 'account' | 'role' | 'wildcard' | 'direct';

/** A Principal/NotPrincipal entry, read once when the policy is prepared. */
export interface CompiledPrincipal {
  kind: 'any' | 'account' | 'user' | 'role' | 'session' | 'federated' | 'service' | 'other';
  value: string;
  account?: string;
  roleName?: string;
  rolePath?: string;
}

const ENTRY_ARN = /^arn:[^:]+:(iam|sts)::(\d{12}):(.+)$/;

export function compilePrincipalEntry(entry: PrincipalEntry): CompiledPrincipal {
  const value = entry.value;
  if (entry.kind === 'Service') return { kind: 'service', value: value.toLowerCase() };
  if (entry.kind !== 'AWS') return { kind: 'other', value };
  if (value === '*') return { kind: 'any', value };
  if (/^\d{12}$/.test(value)) return { kind: 'account', value, account: value };
  const arn = ENTRY_ARN.exec(value);
  if (!arn) return { kind: 'other', value };
  const [, service, account, resource = ''] = arn;
  if (service === 'iam' && resource === 'root') return { kind: 'account', value, account };
  if (service === 'iam' && resource.startsWith('user/')) return { kind: 'user', value, account };
  if (service === 'iam' && resource.startsWith('role/')) {
    const roleName = lastSegment(resource);
    return {
      kind: 'role',
      value,
      account,
      roleName,
      rolePath: resource.slice(4, resource.length - roleName.length),
    };
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
