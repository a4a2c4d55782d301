import {
  accountPolicies,
  SCENARIO_FORMAT,
  type Account,
  type Scenario,
  type ScenarioPolicy,
} from '../../../core/index.ts';
import { uniquePolicyId } from '../../../store/policy-ops.ts';

/** The account's policies as workspace policies, by the id accountPolicies gives each. */
function withIds(account: Account): { key: string; policy: ScenarioPolicy }[] {
  const taken = new Set<string>();
  return accountPolicies(account).map(({ id: key, type, name, document, attachedTo }) => {
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

/** The workspace id `accountScenario` gave each account policy, by its id in accountPolicies. */
export function accountPolicyIds(account: Account): Map<string, string> {
  return new Map(withIds(account).map(({ key, policy }) => [key, policy.id]));
}
