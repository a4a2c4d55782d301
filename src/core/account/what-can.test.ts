import { beforeAll, describe, expect, it } from 'vitest';
import { inlinePolicyId } from './account-scenario.ts';
import {
  actionCount,
  ask,
  catalog,
  CLOUDWATCH_READ_ONLY,
  group,
  level,
  levels,
  SQS_ALL,
  SQS_READ_ONLY,
} from './what-can-fixtures.ts';
import {
  ACCOUNT_ID,
  account,
  ALICE,
  allow,
  document,
  managed,
  role,
  trusting,
  user,
} from './who-can-fixtures.ts';

// Cases from the IAM User Guide: "Access levels in policy summaries"
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_understand-policy-summary-access-level-summaries.html),
// "Example IAM identity-based policies" and "Permissions boundaries for IAM entities".

beforeAll(async () => {
  await catalog.load('sqs');
});

describe('whatCan: the levels the policies reaching a principal give', () => {
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
});
