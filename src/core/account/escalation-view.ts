import type { PreparedScenario } from '../engine/prepare.ts';
import type { PreparedStatement } from '../engine/statement.ts';
import type { EscalationAccount } from '../escalation/account-view.ts';
import { actionEntryMatches } from '../engine/element-entries.ts';
import { trustPolicyId } from './account-scenario.ts';
import type { Account } from './model.ts';

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

/** The account as the escalation matcher sees it, each user's and role's power given by `powerOf`. */
export function escalationView(
  account: Account,
  prepared: PreparedScenario,
  powerOf: (arn: string) => EscalationPower,
): EscalationAccount<EscalationPower> {
  const groupArns = new Map(account.groups.map((group) => [group.name, group.arn]));
  const trusts = new Map(
    prepared.byType.trust.map((policy) => [policy.source.id, policy.statements]),
  );
  return {
    users: account.users.map((user) => ({
      arn: user.arn,
      groups: user.groups.flatMap((name) => groupArns.get(name) ?? []),
      managedPolicies: user.attached,
      power: powerOf(user.arn),
    })),
    groups: account.groups.map((group) => ({ arn: group.arn, managedPolicies: group.attached })),
    roles: account.roles.map((role) => ({
      arn: role.arn,
      trustedServices: trustedServices(trusts.get(trustPolicyId(role.arn)) ?? []),
      managedPolicies: role.attached,
      power: powerOf(role.arn),
    })),
  };
}
