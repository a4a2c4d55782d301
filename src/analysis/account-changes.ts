import {
  accountPolicies,
  type Account,
  type InlinePolicy,
  type ScenarioPolicy,
} from '../core/index.ts';

/**
 * What the workspace changed in its account: the new text of each account policy edited (by its
 * id in accountPolicies), and the policies added beside the account's (SCPs, RCPs, resource
 * policies). Small, so it goes with every job while the account itself is sent once.
 */
export interface AccountChanges {
  edited: Record<string, string>;
  extraPolicies: ScenarioPolicy[];
}

/**
 * The changes of `policies` (the workspace's) to `account`, whose policies the workspace holds
 * under the ids `workspaceIds` gives (account policy id → workspace id).
 */
export function accountChanges(
  account: Account,
  workspaceIds: ReadonlyMap<string, string>,
  policies: readonly ScenarioPolicy[],
): AccountChanges {
  const byId = new Map(policies.map((policy) => [policy.id, policy]));
  const edited: Record<string, string> = {};
  for (const { id, document } of accountPolicies(account)) {
    const held = byId.get(workspaceIds.get(id) ?? '');
    if (held && held.document !== document) edited[id] = held.document;
  }
  const fromAccount = new Set(workspaceIds.values());
  const extraPolicies = policies.filter((policy) => !fromAccount.has(policy.id));
  return { edited, extraPolicies };
}

function editedInline(owner: string, inline: InlinePolicy[], edited: Record<string, string>) {
  return inline.map((policy) => {
    const document = edited[`${owner}#${policy.name}`];
    return document === undefined ? policy : { ...policy, document };
  });
}

/**
 * The account with the edited texts in place of its own (ids as accountPolicies gives them: a
 * managed policy's ARN, or `ARN#boundary` for its use as a boundary, `OWNER#NAME`, `ROLE#trust`).
 * The account itself is not changed: the worker keeps it for the next job.
 */
export function withEdits(account: Account, edited: Readonly<Record<string, string>>): Account {
  if (Object.keys(edited).length === 0) return account;
  return {
    ...account,
    policies: account.policies.map((policy) => {
      const document = edited[policy.arn] ?? edited[`${policy.arn}#boundary`];
      return document === undefined ? policy : { ...policy, document };
    }),
    users: account.users.map((user) => ({
      ...user,
      inline: editedInline(user.arn, user.inline, edited),
    })),
    groups: account.groups.map((group) => ({
      ...group,
      inline: editedInline(group.arn, group.inline, edited),
    })),
    roles: account.roles.map((role) => ({
      ...role,
      trust: edited[`${role.arn}#trust`] ?? role.trust,
      inline: editedInline(role.arn, role.inline, edited),
    })),
  };
}
