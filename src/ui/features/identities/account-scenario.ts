import {
  accountPolicies,
  SCENARIO_FORMAT,
  type Account,
  type Scenario,
  type ScenarioPolicy,
} from '../../../core/index.ts';
import { uniquePolicyId } from '../../../store/policy-ops.ts';

/**
 * The account's policies as workspace policies, each standing for the account's own
 * (`accountPolicy`), so that the simulation applies the workspace's text, once.
 */
function workspacePolicies(account: Account): ScenarioPolicy[] {
  const taken = new Set<string>();
  return accountPolicies(account).map(({ id: accountPolicy, type, name, document, attachedTo }) => {
    const id = uniquePolicyId(name, taken);
    taken.add(id);
    return { id, name, type, document, attachedTo, accountPolicy };
  });
}

/** A scenario holding the account and, as its policies to edit and simulate, the account's policies. */
export function accountScenario(account: Account): Scenario {
  return {
    format: SCENARIO_FORMAT,
    policies: workspacePolicies(account),
    requests: [],
    account,
  };
}

/** The workspace policy standing for each account policy, by the account policy's id. */
export function accountPolicyIds(policies: readonly ScenarioPolicy[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const { id, accountPolicy } of policies) {
    if (accountPolicy !== undefined && !ids.has(accountPolicy)) ids.set(accountPolicy, id);
  }
  return ids;
}
