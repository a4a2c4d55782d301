import {
  SCENARIO_FORMAT,
  type Account,
  type PolicyType,
  type ReachingPolicy,
  type Scenario,
  type ScenarioPolicy,
} from '../../../core/index.ts';
import { uniquePolicyId } from '../../../store/policy-ops.ts';

/** One policy of the account as a scenario policy, before it gets its id. */
interface AccountPolicy {
  /** Names the policy in the account: see the key functions below. */
  key: string;
  type: PolicyType;
  name: string;
  document: string;
  attachedTo: string[];
}

const managedKey = (arn: string) => `managed ${arn}`;
const boundaryKey = (arn: string) => `boundary ${arn}`;
const inlineKey = (ownerArn: string, name: string) => `inline ${ownerArn} ${name}`;
const trustKey = (roleArn: string) => `trust ${roleArn}`;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The account's policies as the scenario applies them ("What a policy applies to",
 * docs/scenario-format.md): a managed or inline policy is attached to the users and roles that
 * have it, a group's to the group's members; a boundary and a role's trust policy to their holder.
 */
function accountPolicies(account: Account): AccountPolicy[] {
  const members = new Map<string, string[]>();
  for (const user of account.users) user.groups.forEach((group) => push(members, group, user.arn));
  const holders = new Map<string, string[]>();
  const bounded = new Map<string, string[]>();
  for (const identity of [...account.users, ...account.roles]) {
    identity.attached.forEach((arn) => push(holders, arn, identity.arn));
    if (identity.boundary !== undefined) push(bounded, identity.boundary, identity.arn);
  }
  for (const group of account.groups) {
    for (const arn of group.attached)
      (members.get(group.name) ?? []).forEach((m) => push(holders, arn, m));
  }
  const policies: AccountPolicy[] = [];
  for (const policy of account.policies) {
    const boundaryOf = bounded.get(policy.arn);
    const { name, document } = policy;
    if (holders.has(policy.arn) || !boundaryOf) {
      const attachedTo = [...new Set(holders.get(policy.arn) ?? [])];
      policies.push({ key: managedKey(policy.arn), type: 'identity', name, document, attachedTo });
    }
    if (boundaryOf) {
      const type = 'permissions-boundary';
      policies.push({ key: boundaryKey(policy.arn), type, name, document, attachedTo: boundaryOf });
    }
  }
  const inline = (owner: { name: string; arn: string }, attachedTo: string[]) => {
    return ({ name, document }: { name: string; document: string }) =>
      policies.push({
        key: inlineKey(owner.arn, name),
        type: 'identity',
        name: `${owner.name}/${name}`,
        document,
        attachedTo,
      });
  };
  for (const user of account.users) user.inline.forEach(inline(user, [user.arn]));
  for (const group of account.groups)
    group.inline.forEach(inline(group, members.get(group.name) ?? []));
  for (const role of account.roles) {
    role.inline.forEach(inline(role, [role.arn]));
    policies.push({
      key: trustKey(role.arn),
      type: 'trust',
      name: `${role.name} trust policy`,
      document: role.trust,
      attachedTo: [role.arn],
    });
  }
  return policies;
}

/** Each account policy's key and the scenario policy made of it, ids given in the same order. */
function withIds(account: Account): { key: string; policy: ScenarioPolicy }[] {
  const taken = new Set<string>();
  return accountPolicies(account).map(({ key, type, name, document, attachedTo }) => {
    const id = uniquePolicyId(name, taken);
    taken.add(id);
    return { key, policy: { id, name, type, document, attachedTo } };
  });
}

/** A scenario holding the account and, as its policies to edit and simulate, the account's policies. */
export function accountScenario(account: Account): Scenario {
  return {
    format: SCENARIO_FORMAT,
    policies: withIds(account).map(({ policy }) => policy),
    requests: [],
    account,
  };
}

/** The id `accountScenario` gave each of the account's policies, by key. */
export function accountPolicyIds(account: Account): Map<string, string> {
  return new Map(withIds(account).map(({ key, policy }) => [key, policy.id]));
}

/** The key of a policy reaching a principal (see accountPrincipals), or undefined for none. */
export function reachingPolicyKey(
  account: Account,
  principalArn: string,
  reaching: ReachingPolicy,
): string | undefined {
  if (reaching.via === 'trust') return trustKey(principalArn);
  if ('arn' in reaching) {
    return reaching.via === 'boundary' ? boundaryKey(reaching.arn) : managedKey(reaching.arn);
  }
  if (reaching.via.startsWith('group:')) {
    const groupName = reaching.via.slice('group:'.length);
    const group = account.groups.find((candidate) => candidate.name === groupName);
    return group && inlineKey(group.arn, reaching.name);
  }
  return inlineKey(principalArn, reaching.name);
}
