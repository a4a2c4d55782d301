import { describe, expect, it } from 'vitest';
import { accountScenario } from '../account/account-scenario.ts';
import { account, ACCOUNT_ID, allow, arn, managed, user } from '../account/who-can-fixtures.ts';
import { whoCan } from '../account/who-can.ts';
import { simulate } from '../engine/evaluate.ts';
import type { ScenarioPolicy } from '../scenario/model.ts';
import { bucketNameOfFile, bucketNameProblem } from './bucket-policy.ts';
import type { FoundPolicies } from './found.ts';
import { withImportExtras, type ImportExtras } from './import-extras.ts';
import { importText } from './import-text.ts';
import { readEntityPath } from './organization-targets.ts';

const ROOT = 'r-examplerootid111';
const ABOVE = 'ou-examplerootid111-exampleouid111';
const ELSEWHERE = 'ou-examplerootid111-exampleouid222';

/** In the shape of the example of https://docs.aws.amazon.com/cli/latest/reference/organizations/list-targets-for-policy.html */
function targets(...entries: [id: string, type: string, name: string][]): string {
  return JSON.stringify({
    Targets: entries.map(([TargetId, Type, Name]) => ({
      TargetId,
      Arn: `arn:aws:organizations::999999999999:${Type.toLowerCase()}/o-exampleorgid/${TargetId}`,
      Name,
      Type,
    })),
  });
}

const denyObjectReads = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: '*', Resource: '*' },
    { Effect: 'Deny', Action: 's3:GetObject', Resource: '*' },
  ],
});

/** `aws organizations describe-policy` output (https://docs.aws.amazon.com/organizations/latest/APIReference/API_DescribePolicy.html). */
const SCP_OUTPUT = JSON.stringify({
  Policy: {
    PolicySummary: {
      Id: 'p-examplepolicyid111',
      Name: 'DenyObjectReads',
      Type: 'SERVICE_CONTROL_POLICY',
    },
    Content: denyObjectReads,
  },
});

function found(text: string): FoundPolicies {
  const imported = importText(text);
  if (imported.kind !== 'policies') throw new Error(JSON.stringify(imported));
  return imported;
}

const none: ImportExtras = { bucket: '', targets: '', entityPath: '', accountId: ACCOUNT_ID };

function extended(text: string, extras: Partial<ImportExtras>): FoundPolicies {
  const result = withImportExtras(found(text), { ...none, ...extras });
  if ('problem' in result) throw new Error(result.problem);
  return result.found;
}

function problem(text: string, extras: Partial<ImportExtras>): string {
  const result = withImportExtras(found(text), { ...none, ...extras });
  if (!('problem' in result)) throw new Error('no problem');
  return result.problem;
}

const levels = (result: FoundPolicies) =>
  result.policies.map(({ name, level }) => ({ name, level }));

describe('an SCP placed by where it is attached (list-targets-for-policy)', () => {
  const path = `o-exampleorgid1/${ROOT}/${ABOVE}/${ACCOUNT_ID}`;

  it('an OU above the account is its level: the root 0, then each OU down to the account', () => {
    const placed = extended(SCP_OUTPUT, {
      targets: targets([ABOVE, 'ORGANIZATIONAL_UNIT', 'Production']),
      entityPath: path,
    });
    expect(levels(placed)).toEqual([{ name: 'DenyObjectReads', level: 1 }]);
  });

  it('an OU elsewhere in the organization leaves the policy out, saying so', () => {
    const placed = extended(SCP_OUTPUT, {
      targets: targets([ELSEWHERE, 'ORGANIZATIONAL_UNIT', 'Sandbox']),
      entityPath: path,
    });
    expect(placed.policies).toEqual([]);
    expect(placed.notes).toEqual([
      `Sandbox (${ELSEWHERE}) is not above account ${ACCOUNT_ID}: the policy does not apply to it there`,
      `DenyObjectReads is attached nowhere above account ${ACCOUNT_ID}: it is left out`,
    ]);
  });

  it('the root, an OU above and the account itself: one policy at each level', () => {
    const placed = extended(SCP_OUTPUT, {
      targets: targets(
        [ACCOUNT_ID, 'ACCOUNT', 'Workloads'],
        [ROOT, 'ROOT', 'Root'],
        ['444455556666', 'ACCOUNT', 'Other'],
        [ABOVE, 'ORGANIZATIONAL_UNIT', 'Production'],
      ),
      entityPath: path,
    });
    expect(levels(placed)).toEqual([
      { name: 'DenyObjectReads (level 0)', level: 0 },
      { name: 'DenyObjectReads (level 1)', level: 1 },
      { name: 'DenyObjectReads (level 2)', level: 2 },
    ]);
    expect(placed.notes).toEqual([
      `Other (444455556666) is not above account ${ACCOUNT_ID}: the policy does not apply to it there`,
    ]);
  });

  it('an RCP is placed the same way', () => {
    const rcp = SCP_OUTPUT.replace('SERVICE_CONTROL_POLICY', 'RESOURCE_CONTROL_POLICY');
    const placed = extended(rcp, {
      targets: targets([ACCOUNT_ID, 'ACCOUNT', 'Workloads']),
      entityPath: path,
    });
    expect(placed.policies.map(({ type, level }) => ({ type, level }))).toEqual([
      { type: 'rcp', level: 2 },
    ]);
  });

  it('an SCP that only denies is noted: its level needs one that allows, FullAWSAccess by default', () => {
    const denyOnly = JSON.stringify({
      Policy: {
        PolicySummary: { Name: 'DenyLeaving', Type: 'SERVICE_CONTROL_POLICY' },
        Content: JSON.stringify({
          Statement: { Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' },
        }),
      },
    });
    const placed = extended(denyOnly, {
      targets: targets([ABOVE, 'ORGANIZATIONAL_UNIT', 'Production']),
      entityPath: path,
    });
    expect(placed.notes).toEqual([
      'DenyLeaving has no Allow: import the SCPs that allow at level 1 too (FullAWSAccess unless it was detached), or every action there is denied',
    ]);
    expect(extended(SCP_OUTPUT, {}).notes).toEqual([]);
  });

  it('a root needs no entity path; an OU does', () => {
    const atRoot = extended(SCP_OUTPUT, { targets: targets([ROOT, 'ROOT', 'Root']) });
    expect(levels(atRoot)).toEqual([{ name: 'DenyObjectReads', level: 0 }]);
    expect(problem(SCP_OUTPUT, { targets: targets([ABOVE, 'ORGANIZATIONAL_UNIT', 'P']) })).toBe(
      `Give the entity path of account ${ACCOUNT_ID} to know which of these targets are above it`,
    );
  });

  it('without targets, an SCP stays at level 0 as before', () => {
    expect(levels(extended(SCP_OUTPUT, {}))).toEqual([
      { name: 'DenyObjectReads', level: undefined },
    ]);
  });

  it('says what is wrong with the targets or the path, and that the account must be open', () => {
    expect(problem(SCP_OUTPUT, { targets: '{"Targets": [' })).toBe(
      'The targets are not JSON: paste what list-targets-for-policy prints',
    );
    expect(problem(SCP_OUTPUT, { targets: '{"Policy": {}}' })).toBe(
      'The targets have no "Targets" list: paste what list-targets-for-policy prints',
    );
    expect(problem(SCP_OUTPUT, { targets: '{"Targets": [{"TargetId": "x", "Type": "OU"}]}' })).toBe(
      'Targets[0].Type is "OU", not ROOT, ORGANIZATIONAL_UNIT or ACCOUNT',
    );
    expect(
      problem(SCP_OUTPUT, { targets: targets([ROOT, 'ROOT', 'Root']), accountId: undefined }),
    ).toMatch(
      /^Where an SCP or RCP is attached matters to an account: open a get-account-authorization-details/,
    );
  });

  it('list-targets-for-policy output alone is refused with what to do', () => {
    expect(importText(targets([ROOT, 'ROOT', 'Root']))).toEqual({
      kind: 'error',
      message:
        'No policy could be read from an AWS CLI output (aws organizations list-targets-for-policy): it lists where a policy is attached: import the policy (aws organizations describe-policy) and paste this beside it',
    });
  });
});

describe('an entity path (https://docs.aws.amazon.com/IAM/latest/APIReference/API_GenerateOrganizationsAccessReport.html)', () => {
  it("reads IAM's example, with or without the organization and the account", () => {
    const units = ['ou-rge0-awsabcde'];
    expect(
      readEntityPath(
        'o-a1b2c3d4e5/r-f6g7h8i9j0example/ou-rge0-awsabcde/123456789012',
        '123456789012',
      ),
    ).toEqual({ root: 'r-f6g7h8i9j0example', units });
    expect(readEntityPath('r-f6g7h8i9j0example/ou-rge0-awsabcde/', '123456789012')).toEqual({
      root: 'r-f6g7h8i9j0example',
      units,
    });
  });

  it('refuses another account, a path not from the root, and what is not an OU', () => {
    expect(readEntityPath('r-ab12/444455556666', ACCOUNT_ID)).toEqual({
      problem: `The path ends at account 444455556666, not at the account open here (${ACCOUNT_ID})`,
    });
    expect(readEntityPath('ou-ab12-cdefgh34', ACCOUNT_ID)).toMatchObject({
      problem: expect.stringMatching(/^The path starts at the root/) as string,
    });
    expect(readEntityPath('r-ab12/Production', ACCOUNT_ID)).toEqual({
      problem:
        'Production is not an OU id (ou-ab12-cdefgh34): the path goes from the root through OUs only',
    });
  });
});

/** `aws s3api get-bucket-policy` output: the policy as a JSON string, and no bucket name. */
const bucketPolicyOutput = (statement: object) =>
  JSON.stringify({ Policy: JSON.stringify({ Version: '2012-10-17', Statement: [statement] }) });

describe('a bucket policy with its bucket name', () => {
  it("follows S3's naming rules (https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html)", () => {
    for (const name of [
      'docexamplebucket1',
      'log-delivery-march-2020',
      'my.hosted.content',
      'abc',
    ]) {
      expect(bucketNameProblem(name), name).toBeUndefined();
    }
    expect(
      [
        'ab',
        'a'.repeat(64),
        'doc_example_bucket',
        'DocExampleBucket',
        'doc-example-bucket-',
        '.abc',
        'a..b',
        '192.168.5.4',
        'xn--abc',
        'sthree-abc',
        'amzn-s3-demo-bucket',
        'abc-s3alias',
        'abc--ol-s3',
        'abc.mrap',
        'abc--x-s3',
        'abc--table-s3',
      ].map(bucketNameProblem),
    ).toEqual([
      'A bucket name is 3 to 63 characters long',
      'A bucket name is 3 to 63 characters long',
      'A bucket name has only lowercase letters, numbers, dots (.) and hyphens (-)',
      'A bucket name has only lowercase letters, numbers, dots (.) and hyphens (-)',
      'A bucket name begins and ends with a letter or a number',
      'A bucket name begins and ends with a letter or a number',
      'A bucket name has no two adjacent dots',
      'A bucket name is not formatted as an IP address',
      'A bucket name does not start with xn--, which S3 reserves',
      'A bucket name does not start with sthree-, which S3 reserves',
      'A bucket name does not start with amzn-s3-demo-, which S3 reserves',
      'A bucket name does not end with -s3alias, which S3 reserves',
      'A bucket name does not end with --ol-s3, which S3 reserves',
      'A bucket name does not end with .mrap, which S3 reserves',
      'A bucket name does not end with --x-s3, which S3 reserves',
      'A bucket name does not end with --table-s3, which S3 reserves',
    ]);
  });

  it('takes the bucket name from a file name that is one', () => {
    expect(bucketNameOfFile('reports-2026.json')).toBe('reports-2026');
    expect(bucketNameOfFile('downloads/reports-2026.policy.json')).toBe('reports-2026');
    expect(bucketNameOfFile('Bucket Policy.json')).toBeUndefined();
    expect(bucketNameOfFile(undefined)).toBeUndefined();
  });

  const grant = bucketPolicyOutput({
    Effect: 'Allow',
    Principal: { AWS: 'arn:aws:iam::444455556666:role/Auditor' },
    Action: 's3:GetObject',
    Resource: 'arn:aws:s3:::reports-2026/*',
  });

  it('is attached to the bucket and its objects, and needs a valid name', () => {
    expect(extended(grant, { bucket: ' reports-2026 ' }).policies).toEqual([
      expect.objectContaining({
        type: 'resource',
        name: 'reports-2026 bucket policy',
        attachedTo: ['arn:aws:s3:::reports-2026', 'arn:aws:s3:::reports-2026/*'],
      }),
    ]);
    expect(problem(grant, {})).toBe(
      'Name the bucket: get-bucket-policy output does not say which bucket it is',
    );
    expect(problem(grant, { bucket: 'Reports' })).toBe(
      'Reports: A bucket name has only lowercase letters, numbers, dots (.) and hyphens (-)',
    );
  });
});

const asScenarioPolicies = (result: FoundPolicies, prefix: string): ScenarioPolicy[] =>
  result.policies.map((policy, index) => ({ id: `${prefix}${index}`, ...policy }));

describe('imported extras in the account analysis', () => {
  const READ = managed('Read', allow('s3:GetObject'));
  const subject = account({
    users: [
      user('alice', { attached: [READ.arn] }),
      user('bob', { attached: [READ.arn] }),
      user('carol'),
    ],
    policies: [READ],
  });
  const OBJECT = 'arn:aws:s3:::reports-2026/q1.csv';
  const who = (extras: ScenarioPolicy[], resource = OBJECT) =>
    whoCan(subject, 's3:GetObject', resource, { extraPolicies: extras }).results.map(
      (result) => result.principal,
    );
  const path = `${ROOT}/${ABOVE}`;

  it('an SCP attached to the OU above the account takes everyone out of who-can; attached elsewhere, no one', () => {
    expect(who([])).toEqual([arn('user/alice'), arn('user/bob')]);
    const above = extended(SCP_OUTPUT, {
      targets: targets([ABOVE, 'ORGANIZATIONAL_UNIT', 'P']),
      entityPath: path,
    });
    expect(who(asScenarioPolicies(above, 'scp'))).toEqual([]);
    const elsewhere = extended(SCP_OUTPUT, {
      targets: targets([ELSEWHERE, 'ORGANIZATIONAL_UNIT', 'S']),
      entityPath: path,
    });
    expect(who(asScenarioPolicies(elsewhere, 'scp'))).toEqual([arn('user/alice'), arn('user/bob')]);
  });

  it('a bucket policy granting a user of the account adds it to who-can on that bucket only', () => {
    const toCarol = bucketPolicyOutput({
      Effect: 'Allow',
      Principal: { AWS: arn('user/carol') },
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::reports-2026/*',
    });
    const extras = asScenarioPolicies(extended(toCarol, { bucket: 'reports-2026' }), 'bucket');
    expect(who(extras)).toEqual([arn('user/alice'), arn('user/bob'), arn('user/carol')]);
    expect(who(extras, 'arn:aws:s3:::other-bucket/q1.csv')).toEqual([
      arn('user/alice'),
      arn('user/bob'),
    ]);
  });

  it("a bucket policy granting another account's role lets it read, its own identity policy allowing (cross-account access)", () => {
    const auditor = 'arn:aws:iam::444455556666:role/Auditor';
    const identity: ScenarioPolicy = {
      id: 'auditor',
      type: 'identity',
      document: allow('s3:GetObject'),
      attachedTo: [auditor],
    };
    const bucket = asScenarioPolicies(
      extended(grant(auditor), { bucket: 'reports-2026' }),
      'bucket',
    );
    const decision = (extras: ScenarioPolicy[]) =>
      simulate({
        ...accountScenario(subject, extras),
        // An S3 ARN names no account: the bucket is the account's (scenario format, "Accounts").
        requests: [
          {
            principal: auditor,
            action: 's3:GetObject',
            resource: OBJECT,
            resourceAccount: ACCOUNT_ID,
          },
        ],
      }).results[0]?.decision;
    expect(decision([identity, ...bucket])).toBe('allowed');
    expect(decision([identity])).toBe('implicitDeny');
  });
});

function grant(principal: string): string {
  return bucketPolicyOutput({
    Effect: 'Allow',
    Principal: { AWS: principal },
    Action: 's3:GetObject',
    Resource: 'arn:aws:s3:::reports-2026/*',
  });
}
