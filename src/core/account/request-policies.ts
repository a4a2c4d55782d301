import {
  boundaryPolicyId,
  inlinePolicyId,
  managedPolicyId,
  standInIds,
} from './account-scenario.ts';
import type { RequestPrincipal } from '../principal/request-principal.ts';
import type { ScenarioPolicy } from '../scenario/model.ts';
import { accountIdOfArn, type Account, type InlinePolicy, type Tags } from './model.ts';

/** A policy of the account that applies to a request's principal, and how it reaches it. */
export interface RequestPolicy {
  /** As accountPolicies names it: an ARN (`ARN#boundary` as a boundary), `OWNER-ARN#NAME` inline. */
  id: string;
  type: 'identity' | 'permissions-boundary';
  /** The policy's name and how it reaches the principal, e.g. "DevAccess (via group Developers)". */
  label: string;
  /** undefined when the account has no document for a managed policy it names. */
  document: string | undefined;
}

/** What a request naming a principal of the account gets from the account. */
export interface AccountRequestPrincipal {
  policies: RequestPolicy[];
  /** Context keys by lower-case name: aws:username, aws:userid, aws:principalaccount, aws:principaltag/*. */
  keys: Map<string, string[]>;
}

interface Owner {
  kind: 'user' | 'group' | 'role';
  name: string;
  arn: string;
  attached: string[];
  inline: InlinePolicy[];
}

function managedName(account: Account, arn: string): string {
  return (
    account.policies.find((policy) => policy.arn === arn)?.name ??
    arn.slice(arn.lastIndexOf('/') + 1)
  );
}

function managedDocument(account: Account, arn: string): string | undefined {
  return account.policies.find((policy) => policy.arn === arn)?.document;
}

/** The owner's managed and inline policies; a group's are said to come through the group. */
function ownPolicies(account: Account, owner: Owner): RequestPolicy[] {
  const how = owner.kind === 'group' ? `via group ${owner.name}` : undefined;
  return [
    ...owner.attached.map((arn) => ({
      id: managedPolicyId(arn),
      type: 'identity' as const,
      label: `${managedName(account, arn)} (${how ?? `attached to ${owner.kind} ${owner.name}`})`,
      document: managedDocument(account, arn),
    })),
    ...owner.inline.map(({ name, document }) => ({
      id: inlinePolicyId(owner.arn, name),
      type: 'identity' as const,
      label: `${name} (${how ?? `inline in ${owner.kind} ${owner.name}`})`,
      document,
    })),
  ];
}

function boundaryPolicy(account: Account, owner: Owner, arn: string | undefined): RequestPolicy[] {
  if (arn === undefined) return [];
  return [
    {
      id: boundaryPolicyId(arn),
      type: 'permissions-boundary',
      label: `${managedName(account, arn)} (permissions boundary of ${owner.kind} ${owner.name})`,
      document: managedDocument(account, arn),
    },
  ];
}

/** A managed policy attached both to a user and to one of its groups applies once. */
function distinct(policies: RequestPolicy[]): RequestPolicy[] {
  const seen = new Set<string>();
  return policies.filter((policy) => {
    const key = `${policy.type} ${policy.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function tagKeys(keys: Map<string, string[]>, tags: Tags): void {
  for (const [key, value] of Object.entries(tags))
    keys.set(`aws:principaltag/${key.toLowerCase()}`, [value]);
}

function sessionName(principal: RequestPrincipal): string | undefined {
  const arn = principal.sessionArn;
  return arn === undefined ? undefined : arn.slice(arn.lastIndexOf('/') + 1);
}

/**
 * The account's policies and context keys for a request naming one of its users (by ARN), or one
 * of its roles or a session of it (role sessions' ARNs carry no path, so by account and role name).
 * Values of aws:userid are the IAM User Guide's ("IAM policy elements: Variables and tags",
 * "Principal key values"): the user's unique id, and `ROLE-ID:SESSION-NAME` for a role session.
 * An account policy that one of the scenario's `policies` stands for is left out: that one
 * applies instead, by its attachedTo.
 */
export function accountRequestPrincipal(
  account: Account,
  principal: RequestPrincipal,
  policies: readonly ScenarioPolicy[] = [],
): AccountRequestPrincipal | undefined {
  const found = principalPolicies(account, principal);
  if (!found) return undefined;
  const replaced = standInIds(policies);
  if (replaced.size === 0) return found;
  return { ...found, policies: found.policies.filter((policy) => !replaced.has(policy.id)) };
}

function principalPolicies(
  account: Account,
  principal: RequestPrincipal,
): AccountRequestPrincipal | undefined {
  const keys = new Map<string, string[]>();
  if (account.id !== undefined) keys.set('aws:principalaccount', [account.id]);
  if (principal.kind === 'user') {
    const user = account.users.find((candidate) => candidate.arn === principal.arn);
    if (!user) return undefined;
    const groups = new Map(account.groups.map((group) => [group.name, group]));
    const owner: Owner = { kind: 'user', ...user };
    keys.set('aws:username', [user.name]);
    if (user.id !== undefined) keys.set('aws:userid', [user.id]);
    tagKeys(keys, user.tags);
    const policies = [
      ...ownPolicies(account, owner),
      ...user.groups.flatMap((name) => {
        const group = groups.get(name);
        return group ? ownPolicies(account, { kind: 'group', ...group }) : [];
      }),
      ...boundaryPolicy(account, owner, user.boundary),
    ];
    return { policies: distinct(policies), keys };
  }
  if (principal.kind !== 'role-session') return undefined;
  const role = account.roles.find((candidate) =>
    principal.rolePath !== undefined
      ? candidate.arn === principal.arn
      : candidate.name === principal.roleName &&
        accountIdOfArn(candidate.arn) === principal.account,
  );
  if (!role) return undefined;
  const owner: Owner = { kind: 'role', ...role };
  const session = sessionName(principal);
  if (role.id !== undefined && session !== undefined)
    keys.set('aws:userid', [`${role.id}:${session}`]);
  tagKeys(keys, role.tags);
  const policies = [
    ...ownPolicies(account, owner),
    ...boundaryPolicy(account, owner, role.boundary),
  ];
  return { policies: distinct(policies), keys };
}

/** The scenario policy a request policy stands for while deciding. */
export function requestPolicySource(policy: RequestPolicy): ScenarioPolicy {
  return { id: policy.id, name: policy.label, type: policy.type, document: policy.document ?? '' };
}
