import { describe, expect, it } from 'vitest';
import { readAccountDetailsText } from '../account/gaad.ts';
import type { ManagedPolicyData } from '../account/managed-policy-data.ts';
import { prepareScenario } from '../engine/evaluate.ts';
import { SCENARIO_FORMAT } from '../scenario/model.ts';
import gaad from '../account/__fixtures__/gaad.json';
import { named } from './event-test-records.ts';
import type { JsonObject } from './fields.ts';
import { replayCalls } from './replay.ts';
import { mappedCalls } from './replay-fixtures.ts';

// The CloudTrail User Guide's StartInstances record by the IAM user Alice, made a call of Bob of the
// documented get-account-authorization-details example (account 123456789012), whose inline policy
// denies iam:*.
const BOB = 'arn:aws:iam::123456789012:user/Bob';

function bobCalls(eventName: string, eventSource: string): JsonObject {
  const alice = named('StartInstances');
  return {
    ...alice,
    userIdentity: {
      ...(alice.userIdentity as JsonObject),
      arn: BOB,
      userName: 'Bob',
      principalId: 'AIDACKCEVSQ6C2EXAMPLE',
    },
    eventSource,
    eventName,
    requestParameters: null,
    responseElements: null,
  };
}

// AdministratorAccess as the IAM User Guide's AWS managed policy reference gives it; the example's
// other AWS managed policies have no document.
const MANAGED: ManagedPolicyData = {
  description: 'AdministratorAccess alone',
  find: (name) =>
    name === 'AdministratorAccess'
      ? {
          versionId: 'v1',
          document: JSON.stringify({
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
          }),
        }
      : undefined,
};

function accountPrepared() {
  const read = readAccountDetailsText(JSON.stringify(gaad), MANAGED);
  if (!read.ok) throw new Error(read.message);
  return prepareScenario({
    format: SCENARIO_FORMAT,
    policies: [],
    requests: [],
    account: read.account,
  });
}

describe('replaying CloudTrail calls against an account', () => {
  it("a call of a user that the account's inline deny now refuses would break", () => {
    const result = replayCalls(
      accountPrepared(),
      mappedCalls([
        bobCalls('ListUsers', 'iam.amazonaws.com'),
        bobCalls('ListBuckets', 's3.amazonaws.com'),
      ]),
    );
    expect(result.calls[0]).toMatchObject({
      decision: 'explicitDeny',
      difference: 'would-break',
      matchedStatements: [
        { policyId: `${BOB}#DenyBillingAndIAMPolicy`, statementIndex: 0, effect: 'Deny' },
      ],
    });
    expect(result.calls[1]).toMatchObject({
      decision: 'allowed',
      matchedStatements: [
        { policyId: 'arn:aws:iam::aws:policy/AdministratorAccess', effect: 'Allow' },
      ],
    });
    expect(result.rows.map((r) => [r.caller, r.action, r.allowed, r.explicitDeny])).toEqual([
      [BOB, 'iam:ListUsers', 0, 1],
      [BOB, 's3:ListAllMyBuckets', 1, 0],
    ]);
  });

  it('names the policies it could not read, whose absence decided the call', () => {
    // Charlie's group's policy and boundary, PowerUserAccess, has no document in the example.
    const charlie = bobCalls('ListBuckets', 's3.amazonaws.com');
    (charlie.userIdentity as JsonObject).arn = 'arn:aws:iam::123456789012:user/Charlie';
    const result = replayCalls(accountPrepared(), mappedCalls([charlie]));
    expect(result.calls[0]).toMatchObject({
      decision: 'implicitDeny',
      unevaluable: [
        { policyId: 'arn:aws:iam::aws:policy/PowerUserAccess' },
        { policyId: 'arn:aws:iam::aws:policy/PowerUserAccess#boundary' },
      ],
    });
  });
});
