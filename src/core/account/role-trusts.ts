import type { PreparedScenario } from '../engine/prepare.ts';
import type { PreparedStatement } from '../engine/statement.ts';
import { trustPolicyId } from './account-scenario.ts';
import type { Account } from './model.ts';

/** Each role of the account with its trust policy's prepared statements (none when unreadable). */
export function roleTrusts(
  account: Account,
  prepared: PreparedScenario,
): Map<string, readonly PreparedStatement[]> {
  const byId = new Map(
    prepared.byType.trust.map((policy) => [policy.source.id, policy.statements]),
  );
  return new Map(account.roles.map((role) => [role.arn, byId.get(trustPolicyId(role.arn)) ?? []]));
}
