import { describe, expect, it } from 'vitest';
import { bundledCatalog, newBundledCatalog } from '../../catalog/bundled.ts';
import { ACCESS_LEVELS } from '../../catalog/model.ts';
import { parsePolicy } from '../../policy/parse.ts';
import { countActions, grantedActions } from './count-actions.ts';

// Access levels as AWS's Service Authorization Reference gives them, "Actions defined by Amazon
// S3" (https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html) and
// "Actions defined by Identity And Access Management"
// (https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html):
// s3:ListBucket List, s3:GetObject Read, s3:PutObject Write, s3:PutBucketPolicy Permissions
// management, s3:PutObjectTagging Tagging; an action listed without resource types can only be
// granted on "*" (https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html).

const catalog = bundledCatalog();

function statementOf(statement: object) {
  const parsed = parsePolicy(JSON.stringify({ Version: '2012-10-17', Statement: [statement] }));
  return parsed.policy.statements[0]!;
}

async function countOf(statement: object) {
  await Promise.all(catalog.services.map((service) => catalog.load(service.prefix)));
  const read = statementOf(statement);
  return countActions(read, grantedActions(read, catalog));
}

async function allActions(prefix?: string) {
  const prefixes = prefix ? [prefix] : catalog.services.map((service) => service.prefix);
  const services = await Promise.all(prefixes.map((p) => catalog.load(p)));
  return services.flatMap((service) => service?.actions ?? []);
}

const perLevel = (actions: readonly { accessLevel: string }[]) =>
  Object.fromEntries(
    ACCESS_LEVELS.map((level) => [level, actions.filter((a) => a.accessLevel === level).length]),
  );

describe('the actions a statement grants, per access level', () => {
  it('counts one S3 action at each of the five access levels', async () => {
    const counts = await countOf({
      Effect: 'Allow',
      Action: [
        's3:ListBucket',
        's3:GetObject',
        's3:PutObject',
        's3:PutBucketPolicy',
        's3:PutObjectTagging',
      ],
      Resource: '*',
    });
    expect(counts.byAccessLevel).toEqual({
      List: 1,
      Read: 1,
      Write: 1,
      'Permissions management': 1,
      Tagging: 1,
    });
    expect(counts.total).toBe(5);
    expect(counts.services).toBe(1);
  });

  it('counts every action of every service for "*", and names nothing left out', async () => {
    const every = await allActions();
    const counts = await countOf({ Effect: 'Allow', Action: '*', Resource: '*' });
    expect(counts.total).toBe(every.length);
    expect(counts.byAccessLevel).toEqual(perLevel(every));
    expect(counts.services).toBe(catalog.services.length);
    expect(counts.leftOut).toEqual([]);
  });

  it("counts what NotAction leaves: every action but IAM's", async () => {
    const every = await allActions();
    const iam = await allActions('iam');
    const counts = await countOf({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' });
    expect(counts.total).toBe(every.length - iam.length);
    expect(counts.byAccessLevel['Permissions management']).toBe(
      perLevel(every)['Permissions management']! - perLevel(iam)['Permissions management']!,
    );
    expect(counts.services).toBe(catalog.services.length - 1);
  });

  it('matches action names case-insensitively and with wildcards, as IAM does', async () => {
    const gets = (await allActions('s3')).filter((action) => action.name.startsWith('Get'));
    const counts = await countOf({ Effect: 'Allow', Action: 'S3:get*', Resource: '*' });
    expect(counts.total).toBe(gets.length);
    expect(counts.byAccessLevel).toEqual(perLevel(gets));
  });

  it('leaves out the actions a Resource ARN cannot be the resource of', async () => {
    const read = statementOf({
      Effect: 'Allow',
      Action: 'iam:*',
      Resource: 'arn:aws:iam::*:role/*',
    });
    await catalog.load('iam');
    const names = grantedActions(read, catalog).actions.map((action) => action.name);
    expect(names).toContain('iam:PassRole');
    expect(names).toContain('iam:AttachRolePolicy');
    // A user's ARN, and "*" alone.
    expect(names).not.toContain('iam:CreateUser');
    expect(names).not.toContain('iam:ListRoles');
  });

  it("does not let a wildcard in the ARN's resource reach into its Region or account", async () => {
    await catalog.load('s3');
    const read = statementOf({ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::b/*' });
    const names = grantedActions(read, catalog).actions.map((action) => action.name);
    expect(names).toContain('s3:GetObject');
    // Its access-grants instance ARN has a Region and an account.
    expect(names).not.toContain('s3:CreateAccessGrantsInstance');
    expect(names).not.toContain('s3:ListAllMyBuckets');
  });

  it('counts every action NotResource names, and says so', async () => {
    const s3 = await allActions('s3');
    const counts = await countOf({
      Effect: 'Allow',
      Action: 's3:*',
      NotResource: 'arn:aws:s3:::secret/*',
    });
    expect(counts.total).toBe(s3.length);
    expect(counts.leftOut.join(' ')).toMatch(/NotResource/);
  });

  it('says how many services it could not count when they are not loaded', () => {
    const fresh = newBundledCatalog();
    const read = statementOf({ Effect: 'Allow', Action: ['s3:*', 'ec2:*'], Resource: '*' });
    const counts = countActions(read, grantedActions(read, fresh));
    expect(counts.total).toBe(0);
    expect(counts.leftOut).toEqual(['2 services not loaded are not counted']);
  });
});
