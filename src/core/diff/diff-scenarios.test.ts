import { describe, expect, it } from 'vitest';
import { SCENARIO_FORMAT, type Scenario, type ScenarioPolicy } from '../scenario/model.ts';
import { bundledCatalog } from '../catalog/bundled.ts';
import { diffScenarios } from './diff-scenarios.ts';
import { loadDiffServices } from './load-services.ts';
import { confirmed, NOW, policy, recheck } from './test-scenarios.ts';

const ALICE = 'arn:aws:iam::111122223333:user/alice';
const BOB = 'arn:aws:iam::444455556666:user/bob';
const REPORT = 'arn:aws:s3:::reports/q1.csv';

const identity = (document: string): ScenarioPolicy => ({
  id: 'alice-policy',
  type: 'identity',
  document,
  attachedTo: [ALICE],
});

function scenario(...policies: ScenarioPolicy[]): Scenario {
  return {
    format: SCENARIO_FORMAT,
    policies,
    requests: [
      { id: 'r1', principal: ALICE, action: 's3:GetObject', resource: REPORT, expect: 'allowed' },
    ],
  };
}

async function diff(old: Scenario, next: Scenario) {
  const catalog = bundledCatalog();
  const documents = [...old.policies, ...next.policies].map((p) => p.document);
  await loadDiffServices(catalog, documents);
  const result = diffScenarios(old, next, { now: NOW, catalog });
  const checks = recheck(result, old, next);
  expect(confirmed(checks), JSON.stringify(checks)).toBe(true);
  return result;
}

describe('diffScenarios: the same requests before and after', () => {
  it('the same scenario is equivalent', async () => {
    const same = scenario(
      identity(policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' })),
    );
    expect((await diff(same, same)).result).toBe('equivalent');
  });

  it("a listed request that the change denies is removed access, with the scenario's own request", async () => {
    const old = scenario(identity(policy({ Effect: 'Allow', Action: 's3:*', Resource: '*' })));
    const next = scenario(
      identity(policy({ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::archive/*' })),
    );
    const result = await diff(old, next);
    expect(result.result).toBe('removed-access');
    expect(result.removedAccess.map((finding) => finding.request)).toContainEqual({
      principal: ALICE,
      action: 's3:GetObject',
      resource: REPORT,
    });
  });

  // Cross-account policy evaluation logic: Bob's own policy allows, the queue policy must too.
  it("an account added to a queue policy gives that account's callers the queue (with their own permissions)", async () => {
    const queue = 'arn:aws:sqs:us-east-1:111122223333:jobs';
    const queuePolicy = (...principals: string[]): ScenarioPolicy => ({
      id: 'jobs-queue',
      type: 'resource',
      attachedTo: [queue],
      document: policy({
        Effect: 'Allow',
        Principal: { AWS: principals },
        Action: 'sqs:SendMessage',
        Resource: queue,
      }),
    });
    const bobPolicy: ScenarioPolicy = {
      id: 'bob-policy',
      type: 'identity',
      attachedTo: [BOB],
      document: policy({ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' }),
    };
    const alicePolicy = identity(
      policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }),
    );
    const result = await diff(
      scenario(alicePolicy, bobPolicy, queuePolicy(ALICE)),
      scenario(alicePolicy, bobPolicy, queuePolicy(ALICE, '444455556666')),
    );
    expect(result.result).toBe('new-access');
    expect(result.newAccess.some((finding) => finding.request.principal === BOB)).toBe(true);
    // Bob's own policy and the queue policy's statement both decide.
    expect(
      result.newAccess
        .find((f) => f.request.principal === BOB)
        ?.new.statements.map((s) => s.policyId),
    ).toEqual(['bob-policy', 'jobs-queue']);
  });

  it('a policy only the new scenario has is new access', async () => {
    const old = scenario(
      identity(policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' })),
    );
    const next = scenario(old.policies[0]!, {
      id: 'extra',
      type: 'identity',
      attachedTo: [ALICE],
      document: policy({ Effect: 'Allow', Action: 'dynamodb:Query', Resource: '*' }),
    });
    const result = await diff(old, next);
    expect(result.result).toBe('new-access');
    expect(
      result.newAccess.map((finding) => [finding.request.principal, finding.request.action]),
    ).toEqual([[ALICE, 'dynamodb:Query']]);
  });

  it('a policy attached to another user moves its access from one to the other', async () => {
    const BOB_HERE = 'arn:aws:iam::111122223333:user/bob';
    const document = policy({ Effect: 'Allow', Action: 'dynamodb:Query', Resource: '*' });
    const attached = (user: string): ScenarioPolicy => ({
      id: 'query',
      type: 'identity',
      document,
      attachedTo: [user],
    });
    const result = await diff(scenario(attached(ALICE)), scenario(attached(BOB_HERE)));
    expect(result.result).toBe('both');
    expect(result.newAccess.map((finding) => finding.request.principal)).toEqual([BOB_HERE]);
    expect(result.removedAccess.map((finding) => finding.request.principal)).toEqual([ALICE]);
  });
});
