import type { Organization, PolicyType } from '../scenario/model.ts';
import type { RequestPrincipal } from '../principal/request-principal.ts';
import { compileWildcard, type WildcardMatcher } from './match/wildcard.ts';
import type { RequestContext } from './request-context.ts';

/** A policy's `attachedTo`, read once. */
export interface AttachedPatterns {
  patterns: WildcardMatcher[];
  /** Role ARN patterns with their path removed, for sessions whose role path is not known. */
  pathlessRoles: WildcardMatcher[];
}

const ROLE_WITH_PATH = /^(arn:[^:]+:iam::[^:]*:role\/)(?:.*\/)([^/]+)$/;

/** A role ARN with a path, without it (`arn:aws:iam::1:role/a/b/Name` -> `...:role/Name`). */
export function pathlessRoleArn(arn: string): string | undefined {
  const role = ROLE_WITH_PATH.exec(arn);
  return role ? `${role[1]}${role[2]}` : undefined;
}

export function compileAttachedTo(attachedTo: string[] | undefined): AttachedPatterns | null {
  if (attachedTo === undefined) return null;
  const pathlessRoles: WildcardMatcher[] = [];
  for (const pattern of attachedTo) {
    const pathless = pathlessRoleArn(pattern);
    if (pathless !== undefined) pathlessRoles.push(compileWildcard(pathless));
  }
  return { patterns: attachedTo.map((pattern) => compileWildcard(pattern)), pathlessRoles };
}

function anyMatches(matchers: WildcardMatcher[], value: string): boolean {
  for (const matches of matchers) {
    if (matches(value)) return true;
  }
  return false;
}

const IDENTITY_HOLDERS = new Set(['user', 'role-session', 'federated-user']);

/**
 * identity, permissions-boundary and session policies: the principals `attachedTo` matches. A role's
 * policy applies to its sessions; identity policies never apply to the root user, a service or an
 * anonymous caller (scenario format, "What a policy applies to").
 */
export function appliesToPrincipal(
  type: PolicyType,
  attached: AttachedPatterns | null,
  principal: RequestPrincipal,
): boolean {
  if (!IDENTITY_HOLDERS.has(principal.kind)) return false;
  if (type === 'session' && principal.kind === 'user') return false;
  if (attached === null) return true;
  if (principal.sessionArn !== undefined && anyMatches(attached.patterns, principal.sessionArn))
    return true;
  if (principal.arn !== undefined && anyMatches(attached.patterns, principal.arn)) return true;
  return (
    principal.kind === 'role-session' &&
    principal.rolePath === undefined &&
    principal.arn !== undefined &&
    anyMatches(attached.pathlessRoles, principal.arn)
  );
}

/** resource and trust policies: the resources `attachedTo` matches, every resource without it. */
export function appliesToResource(attached: AttachedPatterns | null, resource: string): boolean {
  return attached === null || anyMatches(attached.patterns, resource);
}

/** vpc-endpoint policies: requests through an endpoint (aws:SourceVpce) that `attachedTo` names. */
export function appliesToEndpoint(
  attached: AttachedPatterns | null,
  context: RequestContext,
): boolean {
  const endpoints = context.get('aws:SourceVpce');
  if (endpoints === undefined || endpoints.length === 0) return false;
  return attached === null || endpoints.some((endpoint) => anyMatches(attached.patterns, endpoint));
}

/** Without `organization` every account is a member; the management account never is. */
export function isMemberAccount(
  organization: Organization | undefined,
  account: string | undefined,
): boolean {
  if (account === undefined) return false;
  if (!organization) return true;
  if (account === organization.managementAccount) return false;
  return organization.memberAccounts ? organization.memberAccounts.includes(account) : true;
}

const SCP_SUBJECTS = new Set(['user', 'role-session', 'federated-user', 'root']);

/**
 * SCPs limit IAM principals of member accounts, including the member account's root user, but not
 * service-linked roles or the management account (AWS Organizations: Service control policies).
 */
export function scpsApply(
  organization: Organization | undefined,
  principal: RequestPrincipal,
): boolean {
  return (
    SCP_SUBJECTS.has(principal.kind) &&
    !principal.serviceLinked &&
    isMemberAccount(organization, principal.account)
  );
}

/**
 * RCPs limit access to resources of member accounts, whoever the caller, except requests made by
 * service-linked roles (AWS Organizations: Resource control policies).
 */
export function rcpsApply(
  organization: Organization | undefined,
  resourceAccount: string | undefined,
  principal: RequestPrincipal,
): boolean {
  return !principal.serviceLinked && isMemberAccount(organization, resourceAccount);
}
