import { beforeAll, describe, expect, it } from 'vitest';
import { bundledCatalog } from '../catalog/bundled.ts';
import { decideRequest, prepareScenario } from '../engine/evaluate.ts';
import { accountScenario, inlinePolicyId } from './account-scenario.ts';
import type { Account, AccountGroup } from './model.ts';
import type { WhatCanAnswer, WhatCanLevel, WhatCanOptions } from './what-can-model.ts';
import { loadWhatCan, whatCan } from './what-can.ts';
import {
  ACCOUNT_ID,
  account,
  allow,
  arn,
  managed,
  role,
  trusting,
  user,
} from './who-can-fixtures.ts';

// Cases from the IAM User Guide: "Access levels in policy summaries"
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_understand-policy-summary-access-level-summaries.html),
// "Example IAM identity-based policies" and "Permissions boundaries for IAM entities".

const ALICE = arn('user/alice');
const catalog = bundledCatalog();

function document(...statements: object[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements });
}

function group(name: string, policy: string): AccountGroup {
  return {
    name,
    arn: arn(`group/${name}`),
    path: '/',
    attached: [],
    inline: [{ name: `${name}Policy`, document: policy }],
  };
}

async function ask(
  subject: Account,
  principal = ALICE,
  options: WhatCanOptions = {},
): Promise<WhatCanAnswer> {
  return loadWhatCan(subject, principal, catalog, options);
}

/** Each level of a service as `Level: grant granted/total`. */
function levels(answer: WhatCanAnswer, prefix: string): Record<string, string> {
  const service = answer.services.find((candidate) => candidate.prefix === prefix);
  if (!service) throw new Error(`no ${prefix} in the answer`);
  return Object.fromEntries(
    service.levels.map((l) => [l.level, `${l.grant} ${l.granted}/${l.total}`]),
  );
}

function level(answer: WhatCanAnswer, prefix: string, name: string): WhatCanLevel {
  const found = answer.services
    .find((service) => service.prefix === prefix)
    ?.levels.find((candidate) => candidate.level === name);
  if (!found) throw new Error(`no ${prefix} ${name} in the answer`);
  return found;
}

/** How many of the service's actions of one access level the reference has. */
async function actionCount(prefix: string, accessLevel: string): Promise<number> {
  const service = await catalog.load(prefix);
  return service?.actions.filter((action) => action.accessLevel === accessLevel).length ?? 0;
}

const SQS_READ_ONLY = document({
  Effect: 'Allow',
  Action: ['sqs:Get*', 'sqs:List*', 'sqs:Receive*'],
  Resource: '*',
});
const SQS_ALL = managed('SqsAll', allow('sqs:*'));
/** The CloudWatch part of AWS's CloudWatchReadOnlyAccess. */
const CLOUDWATCH_READ_ONLY = document({
  Effect: 'Allow',
  Action: [
    'cloudwatch:BatchGet*',
    'cloudwatch:Describe*',
    'cloudwatch:Generate*',
    'cloudwatch:Get*',
    'cloudwatch:List*',
  ],
  Resource: '*',
});

beforeAll(async () => {
  await catalog.load('sqs');
});

describe('whatCan', () => {
  it("gives a user its group's read-only policy: Full Read and List, None for Write, Permissions management and Tagging", async () => {
    const readers = group('Readers', CLOUDWATCH_READ_ONLY);
    const answer = await ask(
      account({ users: [user('alice', { groups: ['Readers'] })], groups: [readers] }),
    );
    const total = (name: string) => actionCount('cloudwatch', name);
    expect(await total('List')).toBeGreaterThan(0);
    expect(levels(answer, 'cloudwatch')).toEqual({
      List: `Full ${await total('List')}/${await total('List')}`,
      Read: `Full ${await total('Read')}/${await total('Read')}`,
      Write: `None 0/${await total('Write')}`,
      'Permissions management': `None 0/${await total('Permissions management')}`,
      Tagging: `None 0/${await total('Tagging')}`,
    });
    expect(answer.services.map((service) => service.prefix)).toEqual(['cloudwatch']);
    const read = level(answer, 'cloudwatch', 'Read');
    expect(read).toMatchObject({ resources: [], conditions: [] });
    expect(read.statements).toEqual([
      {
        policyId: inlinePolicyId(readers.arn, 'ReadersPolicy'),
        statementIndex: 0,
        effect: 'Allow',
      },
    ]);
    expect(answer.everyOtherService).toBeUndefined();
  });

  it('cuts Write to None with a permissions boundary that allows only reading, though the identity policy allows sqs:*', async () => {
    const boundary = managed('ReadOnlyBoundary', SQS_READ_ONLY);
    const bounded = account({
      users: [user('alice', { attached: [SQS_ALL.arn], boundary: boundary.arn })],
      policies: [SQS_ALL, boundary],
    });
    const answer = await ask(bounded);
    expect(level(answer, 'sqs', 'Write')).toMatchObject({ grant: 'None', granted: 0 });
    expect(level(answer, 'sqs', 'Read')).toMatchObject({ grant: 'Full' });
    expect(answer.services[0]?.fullAccess).toBe(false);
    expect(answer.policyNames).toEqual({
      [SQS_ALL.arn]: 'SqsAll',
      [`${boundary.arn}#boundary`]: 'ReadOnlyBoundary (permissions boundary)',
    });
    const unbounded = await ask({
      ...bounded,
      users: [user('alice', { attached: [SQS_ALL.arn] })],
    });
    expect(level(unbounded, 'sqs', 'Write').grant).toBe('Full');
    expect(unbounded.services[0]?.fullAccess).toBe(true);
  });

  it('takes out what an explicit Deny names: Write is Limited, with the Deny among its statements', async () => {
    const denyDelete = document({ Effect: 'Deny', Action: 'sqs:Delete*', Resource: '*' });
    const answer = await ask(
      account({
        users: [
          user('alice', {
            attached: [SQS_ALL.arn],
            inline: [{ name: 'NoDelete', document: denyDelete }],
          }),
        ],
        policies: [SQS_ALL],
      }),
    );
    const sqs = await catalog.load('sqs');
    const deletes = sqs!.actions.filter(
      (action) => action.accessLevel === 'Write' && action.name.startsWith('Delete'),
    ).length;
    const write = level(answer, 'sqs', 'Write');
    expect(deletes).toBeGreaterThan(0);
    expect(write).toMatchObject({
      grant: 'Limited',
      granted: write.total - deletes,
      unlimited: write.total - deletes,
    });
    expect(write.statements).toEqual([
      { policyId: SQS_ALL.arn, statementIndex: 0, effect: 'Allow' },
      { policyId: inlinePolicyId(ALICE, 'NoDelete'), statementIndex: 0, effect: 'Deny' },
    ]);
    expect(level(answer, 'sqs', 'Read').grant).toBe('Full');
  });

  it('makes every level None under a Deny of every action, and Limited with its condition under a conditional one', async () => {
    const denyAll = document({ Effect: 'Deny', Action: '*', Resource: '*' });
    const denyWithoutMfa = document({
      Effect: 'Deny',
      Action: '*',
      Resource: '*',
      Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
    });
    const withInline = (policy: string) =>
      account({
        users: [
          user('alice', { attached: [SQS_ALL.arn], inline: [{ name: 'Deny', document: policy }] }),
        ],
        policies: [SQS_ALL],
      });
    const denied = await ask(withInline(denyAll));
    expect(new Set(Object.values(levels(denied, 'sqs')).map((text) => text.split(' ')[0]))).toEqual(
      new Set(['None']),
    );
    const conditional = await ask(withInline(denyWithoutMfa));
    const write = level(conditional, 'sqs', 'Write');
    expect(write).toMatchObject({ grant: 'Limited', granted: write.total, unlimited: 0 });
    expect(write.conditions).toEqual([
      {
        operator: 'BoolIfExists',
        key: 'aws:MultiFactorAuthPresent',
        values: ['false'],
        effect: 'Deny',
      },
    ]);
  });

  it('gives an allow on one bucket\'s objects Limited Read with that resource ("Allows read access to objects in an Amazon S3 bucket")', async () => {
    const objects = 'arn:aws:s3:::amzn-s3-demo-bucket/*';
    const policy = managed('ReadObjects', allow('s3:GetObject', objects));
    const answer = await ask(
      account({ users: [user('alice', { attached: [policy.arn] })], policies: [policy] }),
    );
    expect(level(answer, 's3', 'Read')).toMatchObject({
      grant: 'Limited',
      granted: 1,
      unlimited: 0,
      resources: [{ value: objects, except: false }],
      conditions: [],
    });
    expect(level(answer, 's3', 'Write').grant).toBe('None');
  });

  it("keeps an allow's resources when none can be the service's: an S3 action allowed only on a DynamoDB table is not allowed on every resource", async () => {
    const table = `arn:aws:dynamodb:us-east-1:${ACCOUNT_ID}:table/Books`;
    const objects = 'arn:aws:s3:::amzn-s3-demo-bucket/*';
    const policy = managed(
      'Mixed',
      document({
        Effect: 'Allow',
        Action: ['s3:GetObject', 'dynamodb:GetItem'],
        Resource: [table, objects],
      }),
    );
    const misplaced = managed('Misplaced', allow('s3:PutObject', table));
    const answer = await ask(
      account({
        users: [user('alice', { attached: [policy.arn, misplaced.arn] })],
        policies: [policy, misplaced],
      }),
    );
    expect(level(answer, 's3', 'Read').resources).toEqual([{ value: objects, except: false }]);
    expect(level(answer, 'dynamodb', 'Read').resources).toEqual([{ value: table, except: false }]);
    expect(level(answer, 's3', 'Write').resources).toEqual([{ value: table, except: false }]);
  });

  it('gives an allow with a condition Limited levels with the condition ("Allows access to Amazon EC2 in a specific Region")', async () => {
    const regional = managed(
      'Ec2InOneRegion',
      document({
        Effect: 'Allow',
        Action: 'ec2:*',
        Resource: '*',
        Condition: { StringEquals: { 'aws:RequestedRegion': 'us-east-2' } },
      }),
    );
    const answer = await ask(
      account({ users: [user('alice', { attached: [regional.arn] })], policies: [regional] }),
    );
    const read = level(answer, 'ec2', 'Read');
    expect(read).toMatchObject({
      grant: 'Limited',
      granted: read.total,
      unlimited: 0,
      resources: [],
      conditions: [
        {
          operator: 'StringEquals',
          key: 'aws:RequestedRegion',
          values: ['us-east-2'],
          effect: 'Allow',
        },
      ],
    });
  });

  it('answers for a role from its inline policy, the trust policy granting nothing', async () => {
    const table = `arn:aws:dynamodb:us-east-1:${ACCOUNT_ID}:table/Books`;
    const reader = role('BookReader', trusting(ALICE), {
      inline: [{ name: 'ReadBooks', document: allow('dynamodb:GetItem', table) }],
    });
    const answer = await ask(account({ users: [user('alice')], roles: [reader] }), reader.arn);
    expect(answer.principal).toBe(reader.arn);
    expect(answer.services.map((service) => service.prefix)).toEqual(['dynamodb']);
    expect(level(answer, 'dynamodb', 'Read')).toMatchObject({
      grant: 'Limited',
      granted: 1,
      resources: [{ value: table, except: false }],
      statements: [{ policyId: inlinePolicyId(reader.arn, 'ReadBooks'), statementIndex: 0 }],
    });
    expect(
      answer.services[0]?.levels.find((l) => l.level === 'Permissions management')?.grant,
    ).toBe('None');
  });

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

  it('lists a service a Deny names beside "*": its levels None, every other service Full', async () => {
    const admin = managed('Admin', allow('*'));
    const noIam = document({ Effect: 'Deny', Action: 'iam:*', Resource: '*' });
    const answer = await ask(
      account({
        users: [
          user('alice', { attached: [admin.arn], inline: [{ name: 'NoIam', document: noIam }] }),
        ],
        policies: [admin],
      }),
    );
    expect(answer.services.map((service) => service.prefix)).toEqual(['iam']);
    expect(new Set(answer.services[0]?.levels.map((l) => l.grant))).toEqual(new Set(['None']));
    expect(answer.everyOtherService).toMatchObject({
      grant: 'Full',
      count: catalog.services.length - 1,
    });
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

  it('counts sts:AssumeRole as allowed somewhere only, as the engine decides it on "*": the role\'s trust policy must allow it too ("Granting a user permissions to switch roles")', async () => {
    const sts = managed('StsAll', allow('sts:*'));
    const answer = await ask(
      account({ users: [user('alice', { attached: [sts.arn] })], policies: [sts] }),
    );
    const write = level(answer, 'sts', 'Write');
    expect(write).toMatchObject({ grant: 'Limited', granted: write.total });
    // sts:AssumeRole needs the role's trust policy as well; AssumeRoleWithSAML and
    // AssumeRoleWithWebIdentity are decided by the role's trust policy alone, for a federated caller.
    expect(write.unlimited).toBe(write.total - 3);
    expect(level(answer, 'sts', 'Read').grant).toBe('Full');
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
