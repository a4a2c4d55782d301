import { beforeAll, describe, expect, it } from 'vitest';
import { decideRequest, prepareScenario } from '../engine/evaluate.ts';
import { accountScenario } from './account-scenario.ts';
import { whatCan } from './what-can.ts';
import { ask, catalog, group, level, SQS_ALL, SQS_READ_ONLY } from './what-can-fixtures.ts';
import {
  ACCOUNT_ID,
  account,
  ALICE,
  allow,
  arn,
  document,
  managed,
  user,
} from './who-can-fixtures.ts';

// Cases from the IAM User Guide: "Access levels in policy summaries"
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_understand-policy-summary-access-level-summaries.html),
// "Example IAM identity-based policies" and "Permissions boundaries for IAM entities".

beforeAll(async () => {
  await catalog.load('sqs');
});

describe('whatCan: organization policies, agreement with the engine, and what it cannot answer', () => {
  it('applies SCPs given as options: a service an SCP level does not allow is None, a Deny in one is applied', async () => {
    const admin = managed('Admin', allow('*'));
    const subject = account({
      users: [user('alice', { attached: [admin.arn] })],
      policies: [admin],
    });
    const scps = [
      {
        id: 'AllowSqsAndIam',
        type: 'scp' as const,
        document: document({ Effect: 'Allow', Action: ['sqs:*', 'iam:*'], Resource: '*' }),
      },
      {
        id: 'DenyIamWrite',
        type: 'scp' as const,
        document: document({ Effect: 'Deny', Action: 'iam:Create*', Resource: '*' }),
      },
    ];
    const answer = await ask(subject, ALICE, { extraPolicies: scps });
    expect(level(answer, 'sqs', 'Write').grant).toBe('Full');
    expect(level(answer, 'iam', 'List').grant).toBe('Full');
    expect(level(answer, 'iam', 'Write').grant).toBe('Limited');
    // Every other service is reached by "*" but the SCP allows none of it.
    expect(answer.everyOtherService).toBeUndefined();
    const without = await ask(subject);
    expect(without.everyOtherService).toMatchObject({
      grant: 'Full',
      count: catalog.services.length,
      statements: [{ policyId: admin.arn, statementIndex: 0, effect: 'Allow' }],
    });
  });

  it("applies an RCP's Deny to the account's resources, not in the organization's management account (AWS Organizations, \"Resource control policies\")", async () => {
    const subject = account({
      users: [user('alice', { attached: [SQS_ALL.arn] })],
      policies: [SQS_ALL],
    });
    const rcp = {
      id: 'NoQueueDeletion',
      type: 'rcp' as const,
      document: document({ Effect: 'Deny', Principal: '*', Action: 'sqs:Delete*', Resource: '*' }),
    };
    const member = await ask(subject, ALICE, { extraPolicies: [rcp] });
    expect(level(member, 'sqs', 'Write').grant).toBe('Limited');
    expect(level(member, 'sqs', 'Write').statements).toContainEqual({
      policyId: 'NoQueueDeletion',
      statementIndex: 0,
      effect: 'Deny',
    });
    const management = await ask(subject, ALICE, {
      extraPolicies: [rcp],
      organization: { managementAccount: ACCOUNT_ID },
    });
    expect(level(management, 'sqs', 'Write').grant).toBe('Full');
  });

  it('agrees with the simulator: every action of a Full level is allowed on "*", every action of a None level is not', async () => {
    const boundary = managed('ReadOnlyBoundary', SQS_READ_ONLY);
    const allButIam = managed(
      'AllButIam',
      document(
        { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' },
        { Effect: 'Allow', Action: ['iam:List*', 'sqs:*', 's3:Get*'], Resource: '*' },
      ),
    );
    const denyWrite = document({
      Effect: 'Deny',
      Action: ['s3:Put*', 'iam:ListUsers'],
      Resource: '*',
    });
    const bounded = account({
      users: [user('alice', { attached: [SQS_ALL.arn], boundary: boundary.arn })],
      policies: [SQS_ALL, boundary],
    });
    const broad = account({
      users: [
        user('alice', {
          attached: [allButIam.arn],
          inline: [{ name: 'Deny', document: denyWrite }],
        }),
      ],
      policies: [allButIam],
    });
    for (const subject of [bounded, broad]) {
      const answer = await ask(subject);
      const prepared = prepareScenario(accountScenario(subject));
      for (const service of answer.services) {
        const actions = (await catalog.load(service.prefix))!;
        for (const { level: name, grant } of service.levels) {
          if (grant === 'Limited') continue;
          for (const action of actions.actionsWithAccessLevel(name)) {
            const request = {
              principal: ALICE,
              action: `${service.prefix}:${action.name}`,
              resource: '*',
            };
            const allowed = decideRequest(prepared, request, 0).decision === 'allowed';
            expect(`${request.action} ${allowed}`).toBe(`${request.action} ${grant === 'Full'}`);
          }
        }
      }
      expect(answer.services.length).toBeGreaterThan(0);
    }
  });

  it('allows nothing when a policy reaching the principal cannot be read, and names it', async () => {
    const broken = managed('Broken', '{"Statement": [');
    const answer = await ask(
      account({
        users: [user('alice', { attached: [SQS_ALL.arn, broken.arn] })],
        policies: [SQS_ALL, broken],
      }),
    );
    expect(answer.unreadable.map((policy) => policy.policyId)).toEqual([broken.arn]);
    expect(new Set(answer.services[0]?.levels.map((l) => l.grant))).toEqual(new Set(['None']));
  });

  it('names the services it could not look at when the catalog has not loaded them', async () => {
    const { newBundledCatalog } = await import('../catalog/bundled.ts');
    const answer = whatCan(
      account({ users: [user('alice', { attached: [SQS_ALL.arn] })], policies: [SQS_ALL] }),
      ALICE,
      newBundledCatalog(),
    );
    expect(answer).toMatchObject({ services: [], unloaded: ['sqs'] });
  });

  it('refuses a principal the account does not have, naming the nearest, and a group', () => {
    const subject = account({
      users: [user('alice'), user('bob')],
      groups: [group('Readers', SQS_READ_ONLY)],
    });
    expect(() => whatCan(subject, arn('user/alise'), catalog)).toThrow(
      `"${arn('user/alise')}" is not a user or role of the account; the nearest are ${ALICE}, ${arn('user/bob')}`,
    );
    expect(() => whatCan(subject, arn('group/Readers'), catalog)).toThrow(/is a group/);
    expect(() => whatCan(subject, arn('root'), catalog)).toThrow(/is the root user/);
  });
});
