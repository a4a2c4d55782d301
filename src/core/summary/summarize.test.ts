import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../catalog/bundled.ts';
import { ACCESS_LEVELS } from '../catalog/model.ts';
import { parsePolicy } from '../policy/parse.ts';
import { describeAccess } from './describe.ts';
import { summarizePolicy } from './summarize-policy.ts';

// The console's semantics: "Access levels in policy summaries" and "Examples of policy summaries",
// https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_understand-policy-summary-access-level-summaries.html
// https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_policy-summary-examples.html

const catalog = bundledCatalog();

function summaryOf(...statements: object[]) {
  const { policy } = parsePolicy(JSON.stringify({ Version: '2012-10-17', Statement: statements }));
  return summarizePolicy(policy, catalog);
}

describe('the policy summary', () => {
  it('gives Full: List, Read to every List and Read action of a service, and nothing else', async () => {
    const service = await catalog.load('cloudwatch');
    const readOnly = (service?.actions ?? [])
      .filter((a) => a.accessLevel === 'List' || a.accessLevel === 'Read')
      .map((a) => `cloudwatch:${a.name}`);
    const { allow, deny } = await summaryOf({ Effect: 'Allow', Action: readOnly, Resource: '*' });
    expect(allow.services.map((s) => s.prefix)).toEqual(['cloudwatch']);
    const [cloudwatch] = allow.services;
    expect(cloudwatch?.levels.map((l) => [l.level, l.grant])).toEqual([
      ['List', 'Full'],
      ['Read', 'Full'],
    ]);
    expect(cloudwatch && describeAccess(cloudwatch)).toEqual(['Full: List, Read']);
    expect(deny.services).toEqual([]);
  });

  it('gives Limited: Read for s3:GetObject alone, with its resource and its conditions', async () => {
    const { allow } = await summaryOf({
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::reports/*',
      Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
    });
    const [s3] = allow.services;
    expect(s3).toMatchObject({ prefix: 's3', name: 'Amazon S3', fullAccess: false });
    expect(s3?.levels).toEqual([
      { level: 'Read', grant: 'Limited', granted: 1, total: expect.any(Number) as number },
    ]);
    expect(s3 && describeAccess(s3)).toEqual(['Limited: Read']);
    expect(s3?.resources).toEqual([{ value: 'arn:aws:s3:::reports/*', except: false }]);
    expect(s3?.conditions).toEqual([
      { operator: 'Bool', key: 'aws:MultiFactorAuthPresent', values: ['true'] },
    ]);
  });

  it('gives Full access for service:*, and lists the deny of the same service apart', async () => {
    const { allow, deny } = await summaryOf(
      { Sid: 'FullAccess', Effect: 'Allow', Action: ['s3:*'], Resource: ['*'] },
      {
        Sid: 'DenyCustomerBucket',
        Effect: 'Deny',
        Action: ['s3:*'],
        Resource: ['arn:aws:s3:::customer', 'arn:aws:s3:::customer/*'],
      },
    );
    expect(allow.services.map((s) => [s.prefix, describeAccess(s)])).toEqual([
      ['s3', ['Full access']],
    ]);
    expect(deny.services[0]?.resources.map((r) => r.value)).toEqual([
      'arn:aws:s3:::customer',
      'arn:aws:s3:::customer/*',
    ]);
    expect(deny.services[0]?.statements).toEqual([1]);
  });

  it('mixes Full and Limited levels, Full ones first', async () => {
    const ec2 = await catalog.load('ec2');
    const list = (ec2?.actionsWithAccessLevel('List') ?? []).map((a) => `ec2:${a.name}`);
    const { allow } = await summaryOf({
      Effect: 'Allow',
      Action: [...list, 'ec2:RunInstances'],
      Resource: '*',
    });
    expect(allow.services[0] && describeAccess(allow.services[0])).toEqual([
      'Full: List',
      'Limited: Write',
    ]);
  });

  it('reads NotAction as every other action: Full access to other services, the rest of the named one', async () => {
    const { allow } = await summaryOf({ Effect: 'Allow', NotAction: 'iam:Delete*', Resource: '*' });
    const [iam] = allow.services;
    expect(iam?.prefix).toBe('iam');
    expect(iam?.fullAccess).toBe(false);
    expect(iam?.levels.find((l) => l.level === 'List')?.grant).toBe('Full');
    expect(iam?.levels.find((l) => l.level === 'Write')?.grant).toBe('Limited');
    expect(allow.everyOtherService).toMatchObject({
      count: catalog.services.length - 1,
      statements: [0],
      resources: [{ value: '*', except: false }],
    });
  });

  it('gives no access to a service whose every action NotAction leaves out', async () => {
    const { allow } = await summaryOf({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' });
    expect(allow.services).toEqual([]);
    expect(allow.everyOtherService?.count).toBe(catalog.services.length - 1);
  });

  it('reads "Action": "*" as Full access to every service without naming each', async () => {
    const { allow } = await summaryOf({ Effect: 'Allow', Action: '*', Resource: '*' });
    expect(allow.services).toEqual([]);
    expect(allow.everyOtherService?.count).toBe(catalog.services.length);
  });

  it('lists for each service only the resources that can be its own', async () => {
    const { allow } = await summaryOf({
      Effect: 'Allow',
      Action: ['s3:GetObject', 'sqs:SendMessage'],
      Resource: ['arn:aws:s3:::b/*', 'arn:aws:sqs:us-east-1:123456789012:q'],
    });
    expect(allow.services.map((s) => [s.prefix, s.resources.map((r) => r.value)])).toEqual([
      ['s3', ['arn:aws:s3:::b/*']],
      ['sqs', ['arn:aws:sqs:us-east-1:123456789012:q']],
    ]);
  });

  it('marks NotResource entries as exceptions', async () => {
    const { deny } = await summaryOf({
      Effect: 'Deny',
      Action: 's3:DeleteBucket',
      NotResource: 'arn:aws:s3:::keep',
    });
    expect(deny.services[0]?.resources).toEqual([{ value: 'arn:aws:s3:::keep', except: true }]);
  });

  it('names the entries that are no service or action of the reference', async () => {
    const { allow } = await summaryOf({
      Effect: 'Allow',
      Action: ['s4:GetObject', 's3:GetObjekt', 's3:GetObject'],
      Resource: '*',
    });
    expect(allow.unrecognized).toEqual(['s4:GetObject', 's3:GetObjekt']);
    expect(allow.services.map((s) => s.prefix)).toEqual(['s3']);
  });

  it('counts a level only when the service has actions of it', async () => {
    const { allow } = await summaryOf({ Effect: 'Allow', Action: 'sts:*', Resource: '*' });
    const levels = allow.services[0]?.levels.map((l) => l.level) ?? [];
    expect(levels.every((l) => ACCESS_LEVELS.includes(l))).toBe(true);
    expect(allow.services[0]?.levels.every((l) => l.granted === l.total && l.total > 0)).toBe(true);
  });
});
