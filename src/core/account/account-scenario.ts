import { SCENARIO_FORMAT, type Scenario, type ScenarioPolicy } from '../scenario/model.ts';
import type { Account, InlinePolicy } from './model.ts';

/** principal ARNs by the managed policy ARN that reaches them, in the order they were added. */
type Reach = Map<string, string[]>;

function reach(map: Reach, policyArns: readonly string[], principals: readonly string[]): void {
  if (principals.length === 0) return;
  for (const arn of policyArns) {
    const reached = map.get(arn);
    if (reached) reached.push(...principals);
    else map.set(arn, [...principals]);
  }
}

function inlinePolicies(
  owner: string,
  inline: readonly InlinePolicy[],
  principals: string[],
): ScenarioPolicy[] {
  if (principals.length === 0) return [];
  return inline.map(({ name, document }) => ({
    id: `${owner}#${name}`,
    type: 'identity',
    document,
    attachedTo: principals,
  }));
}

/**
 * The account as a scenario the engine decides: each managed or inline policy an identity policy
 * attached to the principals it reaches (a group's to its members, a role's to the role, which
 * stands for its sessions), each boundary a permissions-boundary policy, each trust policy a trust
 * policy attached to its role's ARN. Ids: a managed policy's ARN (`ARN#boundary` as a boundary), an
 * inline policy's `OWNER-ARN#NAME`, a trust policy's `ROLE-ARN#trust`. A managed policy the account
 * has no document for is left out. `extraPolicies` (SCPs, RCPs, resource policies) come last.
 */
export function accountScenario(
  account: Account,
  extraPolicies: readonly ScenarioPolicy[] = [],
): Scenario {
  const members = new Map<string, string[]>();
  for (const user of account.users) {
    for (const group of user.groups) {
      const users = members.get(group);
      if (users) users.push(user.arn);
      else members.set(group, [user.arn]);
    }
  }
  const identity: Reach = new Map();
  const boundaries: Reach = new Map();
  const inline: ScenarioPolicy[] = [];
  const trusts: ScenarioPolicy[] = [];
  for (const user of account.users) {
    reach(identity, user.attached, [user.arn]);
    if (user.boundary !== undefined) reach(boundaries, [user.boundary], [user.arn]);
    inline.push(...inlinePolicies(user.arn, user.inline, [user.arn]));
  }
  for (const group of account.groups) {
    const users = members.get(group.name) ?? [];
    reach(identity, group.attached, users);
    inline.push(...inlinePolicies(group.arn, group.inline, users));
  }
  for (const role of account.roles) {
    reach(identity, role.attached, [role.arn]);
    if (role.boundary !== undefined) reach(boundaries, [role.boundary], [role.arn]);
    inline.push(...inlinePolicies(role.arn, role.inline, [role.arn]));
    trusts.push({
      id: `${role.arn}#trust`,
      type: 'trust',
      document: role.trust,
      attachedTo: [role.arn],
    });
  }
  const managed: ScenarioPolicy[] = [];
  const asBoundaries: ScenarioPolicy[] = [];
  for (const policy of account.policies) {
    const reached = identity.get(policy.arn);
    if (reached) {
      managed.push({
        id: policy.arn,
        type: 'identity',
        document: policy.document,
        attachedTo: reached,
      });
    }
    const bounded = boundaries.get(policy.arn);
    if (bounded) {
      asBoundaries.push({
        id: `${policy.arn}#boundary`,
        type: 'permissions-boundary',
        document: policy.document,
        attachedTo: bounded,
      });
    }
  }
  return {
    format: SCENARIO_FORMAT,
    policies: [...managed, ...inline, ...asBoundaries, ...trusts, ...extraPolicies],
    requests: [],
  };
}
