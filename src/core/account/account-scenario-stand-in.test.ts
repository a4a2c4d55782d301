import { describe, expect, it } from 'vitest';
import { decideRequest, prepareScenario } from '../engine/evaluate.ts';
import { SCENARIO_FORMAT, type Scenario, type ScenarioPolicy } from '../scenario/model.ts';
import { accountPolicies, accountScenario } from './account-scenario.ts';
import {
  account,
  ALICE,
  allow,
  arn,
  group,
  managed,
  role,
  trusting,
  user,
} from './who-can-fixtures.ts';

const DENY_DELETE = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*' }],
});
const READ = managed('Read', allow('s3:*'));
const GUARD = managed('Guard', DENY_DELETE);
const DEPLOY_SESSION = 'arn:aws:sts::111122223333:assumed-role/deploy/ci';

const ACCOUNT = account({
  users: [user('alice', { groups: ['Readers'], attached: [GUARD.arn] })],
  groups: [group('Readers', { attached: [READ.arn] })],
  roles: [role('deploy', trusting(ALICE), { inline: [{ name: 'ship', document: allow('s3:*') }] })],
  policies: [READ, GUARD],
});

/** The account's policies as the app saves them: copies that stand for the account's own. */
function standIns(edit: (policy: ScenarioPolicy) => ScenarioPolicy = (policy) => policy) {
  return accountPolicies(ACCOUNT).map(({ id, name, type, document, attachedTo }) =>
    edit({
      id: `copy-${name.replace(/[^A-Za-z0-9]/g, '-')}`,
      name,
      type,
      document,
      attachedTo,
      accountPolicy: id,
    }),
  );
}

function decide(policies: ScenarioPolicy[], principal: string, action: string) {
  const scenario: Scenario = { format: SCENARIO_FORMAT, policies, requests: [], account: ACCOUNT };
  return decideRequest(prepareScenario(scenario), { principal, action, resource: '*' }, 0);
}

const narrowed = (policy: ScenarioPolicy) =>
  policy.accountPolicy === READ.arn ? { ...policy, document: allow('s3:ListBucket') } : policy;

describe('a scenario policy standing for an account policy (accountPolicy)', () => {
  it('applies once: the Allow and the Deny of the account and of its copy are not counted twice', () => {
    const allowed = decide(standIns(), ALICE, 's3:GetObject');
    expect(allowed.decision).toBe('allowed');
    expect(allowed.matchedStatements.map((statement) => statement.policyId)).toEqual(['copy-Read']);
    const denied = decide(standIns(), ALICE, 's3:DeleteObject');
    expect(denied.decision).toBe('explicitDeny');
    expect(denied.matchedStatements.map((statement) => statement.policyId)).toEqual(['copy-Guard']);
  });

  it("applies its edited text instead of the account's: a narrowed copy no longer allows what the original did", () => {
    expect(decide(standIns(narrowed), ALICE, 's3:GetObject').decision).toBe('implicitDeny');
    expect(decide(standIns(narrowed), ALICE, 's3:ListBucket').decision).toBe('allowed');
  });

  it("stands for a role's inline policy for the role's sessions too", () => {
    const emptied = (policy: ScenarioPolicy) =>
      policy.accountPolicy === `${arn('role/deploy')}#ship`
        ? { ...policy, document: allow('s3:ListBucket') }
        : policy;
    expect(decide(standIns(), DEPLOY_SESSION, 's3:GetObject').decision).toBe('allowed');
    expect(decide(standIns(emptied), DEPLOY_SESSION, 's3:GetObject').decision).toBe('implicitDeny');
  });

  it('leaves an account policy no one stands for to the account', () => {
    const withoutGuard = standIns().filter((policy) => policy.accountPolicy !== GUARD.arn);
    const denied = decide(withoutGuard, ALICE, 's3:DeleteObject');
    expect(denied.decision).toBe('explicitDeny');
    expect(denied.matchedStatements.map((statement) => statement.policyId)).toEqual([GUARD.arn]);
  });

  it("is left out of the account's scenario (who-can) when an extra policy stands for it", () => {
    const scenario = accountScenario(ACCOUNT, standIns(narrowed));
    expect(scenario.policies.map((policy) => policy.id)).toEqual(
      standIns().map((policy) => policy.id),
    );
    const prepared = prepareScenario(scenario);
    const request = { principal: ALICE, action: 's3:GetObject', resource: '*' };
    expect(decideRequest(prepared, request, 0).decision).toBe('implicitDeny');
  });
});
