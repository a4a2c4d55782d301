import { describe, expect, it } from 'vitest';
import {
  accountPrincipals,
  decideRequest,
  prepareScenario,
  reachingPolicyId,
  readScenario,
  writeScenario,
} from '../../../core/index.ts';
import { fixtureAccount } from './account-scenario-fixture.ts';
import { accountPolicyIds, accountScenario } from './account-scenario.ts';

const ACCOUNT = 'arn:aws:iam::123456789012';

describe('accountScenario', () => {
  const account = fixtureAccount();
  const scenario = accountScenario(account);
  const named = (name: string) => scenario.policies.filter((policy) => policy.name === name);

  it("attaches a group's policy to the group's members, and a role's trust policy to the role", () => {
    expect(named('AdministratorAccess')).toEqual([
      expect.objectContaining({
        type: 'identity',
        attachedTo: [`${ACCOUNT}:user/Alice`, `${ACCOUNT}:user/Bob`],
      }),
    ]);
    expect(named('EC2role trust policy')).toEqual([
      expect.objectContaining({ type: 'trust', attachedTo: [`${ACCOUNT}:role/EC2role`] }),
    ]);
    expect(named('Finance/policygen-201310141157')[0]?.attachedTo).toEqual([]);
  });

  it('gives a policy used as a boundary a permissions-boundary policy of its own', () => {
    expect(named('PowerUserAccess').map(({ type, attachedTo }) => ({ type, attachedTo }))).toEqual([
      { type: 'identity', attachedTo: [`${ACCOUNT}:user/Charlie`] },
      { type: 'permissions-boundary', attachedTo: [`${ACCOUNT}:user/Charlie`] },
    ]);
  });

  it('finds every policy reaching every principal among the scenario policies', () => {
    const ids = accountPolicyIds(scenario.policies);
    const present = new Set(scenario.policies.map((policy) => policy.id));
    for (const principal of accountPrincipals(account)) {
      for (const policy of principal.policies) {
        const key = reachingPolicyId(account, principal.arn, policy);
        const id = key === undefined ? undefined : ids.get(key);
        expect(
          id !== undefined && present.has(id),
          `${principal.arn} ${JSON.stringify(policy)}`,
        ).toBe(true);
      }
    }
    const bob = `${ACCOUNT}:user/Bob`;
    const inline = reachingPolicyId(account, bob, {
      name: 'DenyBillingAndIAMPolicy',
      via: 'inline',
    });
    expect(scenario.policies.find((policy) => policy.id === ids.get(inline!))?.name).toBe(
      'Bob/DenyBillingAndIAMPolicy',
    );
  });

  it('is a scenario that reads back as written', () => {
    const read = readScenario(writeScenario(scenario));
    expect(read.ok && read.scenario).toEqual(scenario);
  });

  it("saved and reopened, applies each policy once with the workspace's text, not the account's as well", () => {
    const read = readScenario(writeScenario(scenario));
    if (!read.ok) throw new Error('the saved scenario does not read back');
    const decide = (policies = read.scenario.policies) => {
      const prepared = prepareScenario({ ...read.scenario, policies });
      const request = { principal: `${ACCOUNT}:user/Bob`, action: 'iam:CreateUser', resource: '*' };
      return decideRequest(prepared, request, 0);
    };
    const saved = decide();
    expect(saved.decision).toBe('explicitDeny');
    const deciding = saved.matchedStatements.map((statement) => statement.policyId);
    expect(deciding).toEqual([...new Set(deciding)]);
    expect(deciding.every((id) => read.scenario.policies.some((policy) => policy.id === id))).toBe(
      true,
    );
    const denyOnlyBilling = read.scenario.policies.map((policy) =>
      policy.name === 'Bob/DenyBillingAndIAMPolicy'
        ? { ...policy, document: policy.document.replace(/"iam:\*"/g, '"aws-portal:*"') }
        : policy,
    );
    expect(decide(denyOnlyBilling).decision).toBe('allowed');
  });
});
