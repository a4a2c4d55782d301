import type { PreparedScenario } from '../engine/prepare.ts';
import type { PreparedStatement } from '../engine/statement.ts';
import type { EscalationAccount } from '../escalation/account-view.ts';
import { actionEntryMatches } from '../engine/element-entries.ts';
import { roleTrusts } from './role-trusts.ts';
import type { Account, AccountGroup, AccountUser } from './model.ts';

/** What the escalation report says a target identity can do. */
export interface EscalationPower {
  /** Admin-equivalent (see escalation-admin.ts). */
  admin: boolean;
}

/**
 * The service principals a role's trust policy lets call sts:AssumeRole: an Allow statement whose
 * Principal names `"Service": "lambda.amazonaws.com"` and whose Action covers sts:AssumeRole.
 * Conditions (aws:SourceAccount, aws:SourceArn) are not weighed: the service is still the one the
 * role is meant for.
 */
function trustedServices(trust: readonly PreparedStatement[]): string[] {
  const services = new Set<string>();
  for (const statement of trust) {
    const { action, principal } = statement;
    if (statement.effect !== 'Allow' || !action || !principal || principal.negated) continue;
    const assumes = action.entries.some((entry) => actionEntryMatches(entry, 'sts:assumerole'));
    if (assumes === action.negated) continue;
    for (const entry of principal.entries) if (entry.kind === 'Service') services.add(entry.value);
  }
  return [...services];
}

const GROUP_ARN = /^(arn:[^:]+:iam::[^:]*:)group\//;

/**
 * A user in `group` alone, with no policy or boundary of its own: what it can do is what joining
 * the group gives (the group's power in a report). Its path keeps it apart from the account's users.
 */
export function groupProbe(group: AccountGroup): AccountUser | undefined {
  const prefix = GROUP_ARN.exec(group.arn)?.[1];
  if (prefix === undefined) return undefined;
  const path = '/iam-policy-studio-group-probe/';
  return {
    name: group.name,
    arn: `${prefix}user${path}${group.name}`,
    path,
    groups: [group.name],
    attached: [],
    inline: [],
    tags: {},
  };
}

/**
 * The account as the escalation matcher sees it, each user's and role's power given by `powerOf`,
 * a group's by that of its probe (groupProbe) when `probes` has one.
 */
export function escalationView(
  account: Account,
  prepared: PreparedScenario,
  powerOf: (arn: string) => EscalationPower,
  probes: ReadonlyMap<string, AccountUser>,
): EscalationAccount<EscalationPower> {
  const groupArns = new Map(account.groups.map((group) => [group.name, group.arn]));
  const trusts = roleTrusts(account, prepared);
  return {
    users: account.users.map((user) => ({
      arn: user.arn,
      groups: user.groups.flatMap((name) => groupArns.get(name) ?? []),
      managedPolicies: user.attached,
      power: powerOf(user.arn),
    })),
    groups: account.groups.map((group) => {
      const probe = probes.get(group.arn);
      const view = { arn: group.arn, managedPolicies: group.attached };
      return probe ? { ...view, power: powerOf(probe.arn) } : view;
    }),
    roles: account.roles.map((role) => ({
      arn: role.arn,
      trustedServices: trustedServices(trusts.get(role.arn) ?? []),
      managedPolicies: role.attached,
      power: powerOf(role.arn),
    })),
  };
}
