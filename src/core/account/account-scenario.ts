import { SCENARIO_FORMAT, type Scenario, type ScenarioPolicy } from '../scenario/model.ts';
import type { Account } from './model.ts';
import type { ReachingPolicy } from './principals.ts';

/** How an account policy reaches its holders. */
export type AccountPolicyKind = 'managed' | 'inline' | 'boundary' | 'trust';

/** One policy of the account as the scenario applies it ("What a policy applies to"). */
export interface AccountPolicy {
  /** A managed policy's ARN (`ARN#boundary` as a boundary), `OWNER-ARN#NAME` inline, `ROLE-ARN#trust`. */
  id: string;
  kind: AccountPolicyKind;
  type: ScenarioPolicy['type'];
  /** The managed policy's name, `OWNER/NAME` inline, `ROLE trust policy`. */
  name: string;
  document: string;
  /** The principals it reaches, each once; empty for a policy no one holds. */
  attachedTo: string[];
}

export const managedPolicyId = (arn: string) => arn;
export const boundaryPolicyId = (arn: string) => `${arn}#boundary`;
export const inlinePolicyId = (ownerArn: string, name: string) => `${ownerArn}#${name}`;
export const trustPolicyId = (roleArn: string) => `${roleArn}#trust`;

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Every policy of the account with the principals it reaches: a managed or inline policy the users
 * and roles that have it (a group's, the group's members; a role's, the role, which stands for its
 * sessions), a boundary and a role's trust policy their holder. A managed policy used as a boundary
 * is listed twice, as an identity policy (when someone has it attached, or no one uses it) and as
 * a boundary. A managed policy the account has no document for is not listed.
 */
export function accountPolicies(account: Account): AccountPolicy[] {
  const members = new Map<string, string[]>();
  for (const user of account.users) user.groups.forEach((group) => push(members, group, user.arn));
  const holders = new Map<string, string[]>();
  const bounded = new Map<string, string[]>();
  for (const user of account.users) user.attached.forEach((arn) => push(holders, arn, user.arn));
  for (const group of account.groups) {
    for (const arn of group.attached) {
      (members.get(group.name) ?? []).forEach((member) => push(holders, arn, member));
    }
  }
  for (const role of account.roles) role.attached.forEach((arn) => push(holders, arn, role.arn));
  for (const identity of [...account.users, ...account.roles]) {
    if (identity.boundary !== undefined) push(bounded, identity.boundary, identity.arn);
  }
  const policies: AccountPolicy[] = [];
  for (const { arn, name, document } of account.policies) {
    const boundaryOf = bounded.get(arn);
    if (holders.has(arn) || !boundaryOf) {
      const attachedTo = [...new Set(holders.get(arn) ?? [])];
      const type = 'identity';
      policies.push({
        id: managedPolicyId(arn),
        kind: 'managed',
        type,
        name,
        document,
        attachedTo,
      });
    }
    if (boundaryOf) {
      const type = 'permissions-boundary';
      const attachedTo = [...new Set(boundaryOf)];
      policies.push({
        id: boundaryPolicyId(arn),
        kind: 'boundary',
        type,
        name,
        document,
        attachedTo,
      });
    }
  }
  const inline = (owner: { name: string; arn: string }, attachedTo: string[]) => {
    return ({ name, document }: { name: string; document: string }) =>
      policies.push({
        id: inlinePolicyId(owner.arn, name),
        kind: 'inline',
        type: 'identity',
        name: `${owner.name}/${name}`,
        document,
        attachedTo,
      });
  };
  for (const user of account.users) user.inline.forEach(inline(user, [user.arn]));
  for (const group of account.groups) {
    group.inline.forEach(inline(group, members.get(group.name) ?? []));
  }
  for (const role of account.roles) {
    role.inline.forEach(inline(role, [role.arn]));
    policies.push({
      id: trustPolicyId(role.arn),
      kind: 'trust',
      type: 'trust',
      name: `${role.name} trust policy`,
      document: role.trust,
      attachedTo: [role.arn],
    });
  }
  return policies;
}

/** The id accountPolicies gives a policy reaching a principal (see accountPrincipals). */
export function reachingPolicyId(
  account: Account,
  principalArn: string,
  reaching: ReachingPolicy,
): string | undefined {
  if (reaching.via === 'trust') return trustPolicyId(principalArn);
  if ('arn' in reaching) {
    return reaching.via === 'boundary'
      ? boundaryPolicyId(reaching.arn)
      : managedPolicyId(reaching.arn);
  }
  if (reaching.via.startsWith('group:')) {
    const groupName = reaching.via.slice('group:'.length);
    const group = account.groups.find((candidate) => candidate.name === groupName);
    return group && inlinePolicyId(group.arn, reaching.name);
  }
  return inlinePolicyId(principalArn, reaching.name);
}

const standIns = new WeakMap<readonly ScenarioPolicy[], ReadonlySet<string>>();

/**
 * The ids of the account policies that scenario policies stand for (their `accountPolicy`): the
 * account's own text of those is not applied, the scenario's policy is (scenario format, "Account").
 */
export function standInIds(policies: readonly ScenarioPolicy[]): ReadonlySet<string> {
  let ids = standIns.get(policies);
  if (!ids) {
    ids = new Set(policies.flatMap(({ accountPolicy }) => accountPolicy ?? []));
    standIns.set(policies, ids);
  }
  return ids;
}

const KIND_ORDER: Record<AccountPolicyKind, number> = {
  managed: 0,
  inline: 1,
  boundary: 2,
  trust: 3,
};

/**
 * The account as a scenario the engine decides, with accountPolicies' ids: managed identity
 * policies, then inline ones, boundaries and trust policies; a policy no one holds is left out.
 * `extraPolicies` (SCPs, RCPs, resource policies, a saved scenario's own policies) come last; an
 * account policy one of them stands for is left out, that one applies instead.
 */
export function accountScenario(
  account: Account,
  extraPolicies: readonly ScenarioPolicy[] = [],
): Scenario {
  const replaced = standInIds(extraPolicies);
  const policies = accountPolicies(account)
    .filter((policy) => policy.attachedTo.length > 0 && !replaced.has(policy.id))
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind])
    .map(({ id, type, document, attachedTo }): ScenarioPolicy => ({
      id,
      type,
      document,
      attachedTo,
    }));
  return { format: SCENARIO_FORMAT, policies: [...policies, ...extraPolicies], requests: [] };
}
