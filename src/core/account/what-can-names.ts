import type { Scenario } from '../scenario/model.ts';
import { accountPolicies } from './account-scenario.ts';
import type { Account } from './model.ts';

/**
 * The name of each policy of the principal's scenario, by id, for people: a managed policy's name
 * (`NAME (permissions boundary)` as a boundary), `OWNER/NAME` inline, a scenario policy's name or id.
 */
export function policyNames(account: Account, scenario: Scenario): Record<string, string> {
  const names = new Map(
    accountPolicies(account).map(({ id, kind, name }) => [
      id,
      kind === 'boundary' ? `${name} (permissions boundary)` : name,
    ]),
  );
  return Object.fromEntries(
    scenario.policies.map(({ id, name }) => [id, name ?? names.get(id) ?? id]),
  );
}
