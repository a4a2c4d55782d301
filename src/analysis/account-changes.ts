import {
  accountPolicies,
  type Account,
  type AccountPolicy,
  type ScenarioPolicy,
} from '../core/index.ts';

const byAccount = new WeakMap<Account, ReadonlyMap<string, AccountPolicy>>();

function policiesOf(account: Account): ReadonlyMap<string, AccountPolicy> {
  let policies = byAccount.get(account);
  if (!policies) {
    policies = new Map(accountPolicies(account).map((policy) => [policy.id, policy]));
    byAccount.set(account, policies);
  }
  return policies;
}

const sameList = (a: readonly string[] = [], b: readonly string[] = []) =>
  a.length === b.length && a.every((item, index) => item === b[index]);

/**
 * The workspace's policies that differ from its account's: each one added beside the account
 * (SCPs, RCPs, resource policies), and each account policy whose text or holders the workspace
 * changed (it stands for the account's by `accountPolicy`, so the account's text is not applied).
 * Small, so it goes with every job while the account itself is sent once.
 */
export function accountChanges(
  account: Account,
  policies: readonly ScenarioPolicy[],
): ScenarioPolicy[] {
  const own = policiesOf(account);
  return policies.filter((policy) => {
    const standsFor =
      policy.accountPolicy === undefined ? undefined : own.get(policy.accountPolicy);
    return (
      !standsFor ||
      standsFor.document !== policy.document ||
      !sameList(standsFor.attachedTo, policy.attachedTo)
    );
  });
}
