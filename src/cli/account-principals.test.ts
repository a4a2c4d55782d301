import { beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli, SPAWN_TIMEOUT, tempFolder } from './test-support.ts';

const { file } = tempFolder();
vi.setConfig({ testTimeout: SPAWN_TIMEOUT });

const ACCOUNT = '111122223333';
const ALICE = `arn:aws:iam::${ACCOUNT}:user/staff/alice`;
const SHIRLEY = `arn:aws:iam::${ACCOUNT}:user/ShirleyRodriguez`;
const DEPLOY_SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/deploy/ci-run`;
const BOUNDARY = `arn:aws:iam::${ACCOUNT}:policy/ShirleyBoundary`;
const DEPLOY_POLICY = `arn:aws:iam::${ACCOUNT}:policy/DeployFunctions`;
const BUCKET = 'arn:aws:s3:::amzn-s3-demo-bucket';

const doc = (...statements: object[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements });

const account = {
  id: ACCOUNT,
  users: [
    {
      name: 'alice',
      arn: ALICE,
      id: 'AIDAALICEEXAMPLE',
      path: '/staff/',
      groups: ['developers'],
      tags: { team: 'data' },
    },
    {
      name: 'ShirleyRodriguez',
      arn: SHIRLEY,
      inline: [
        {
          name: 'CreateUsersAndReadLogs',
          document: doc({
            Effect: 'Allow',
            Action: ['iam:CreateUser', 'logs:*', 's3:ListAllMyBuckets'],
            Resource: '*',
          }),
        },
      ],
      boundary: BOUNDARY,
    },
  ],
  groups: [
    {
      name: 'developers',
      arn: `arn:aws:iam::${ACCOUNT}:group/developers`,
      inline: [
        {
          // IAM User Guide, "IAM policy elements: Variables and tags": each user's home folder.
          name: 'home-folder',
          document: doc({
            Effect: 'Allow',
            Action: ['s3:GetObject', 's3:PutObject'],
            Resource: `${BUCKET}/home/\${aws:username}/*`,
          }),
        },
        {
          // Attribute-based access control: the instance's team tag is the caller's.
          name: 'team-instances',
          document: doc({
            Effect: 'Allow',
            Action: 'ec2:StartInstances',
            Resource: '*',
            Condition: { StringEquals: { 'aws:ResourceTag/team': '${aws:PrincipalTag/team}' } },
          }),
        },
      ],
    },
  ],
  roles: [
    {
      name: 'deploy',
      arn: `arn:aws:iam::${ACCOUNT}:role/deploy`,
      id: 'AROADEPLOYEXAMPLE',
      trust: doc({
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
        Action: 'sts:AssumeRole',
      }),
      attached: [DEPLOY_POLICY],
      tags: {},
    },
  ],
  policies: [
    {
      // "Permissions boundaries for IAM entities": Shirley may manage only S3, CloudWatch and EC2.
      arn: BOUNDARY,
      document: doc({
        Effect: 'Allow',
        Action: ['s3:*', 'cloudwatch:*', 'ec2:*'],
        Resource: '*',
      }),
    },
    {
      arn: DEPLOY_POLICY,
      document: doc(
        { Effect: 'Allow', Action: 'lambda:UpdateFunctionCode', Resource: '*' },
        { Effect: 'Allow', Action: 's3:PutObject', Resource: `${BUCKET}/builds/\${aws:userid}/*` },
      ),
    },
  ],
};

const request = (
  id: string,
  principal: string,
  action: string,
  resource: string,
  context?: Record<string, string>,
) => ({ id, principal, action, resource, ...(context ? { context } : {}) });

const requests = [
  request('group-home-own', ALICE, 's3:GetObject', `${BUCKET}/home/alice/notes.txt`),
  request('group-home-other', ALICE, 's3:GetObject', `${BUCKET}/home/bob/notes.txt`),
  request('tag-same-team', ALICE, 'ec2:StartInstances', '*', { 'aws:ResourceTag/team': 'data' }),
  request('tag-other-team', ALICE, 'ec2:StartInstances', '*', { 'aws:ResourceTag/team': 'web' }),
  request('tag-overridden', ALICE, 'ec2:StartInstances', '*', {
    'aws:ResourceTag/team': 'web',
    'aws:PrincipalTag/team': 'web',
  }),
  request('boundary-cuts', SHIRLEY, 'iam:CreateUser', `arn:aws:iam::${ACCOUNT}:user/new`),
  request('boundary-cuts-logs', SHIRLEY, 'logs:CreateLogGroup', '*'),
  request('boundary-allows', SHIRLEY, 's3:ListAllMyBuckets', '*'),
  request('role-managed', DEPLOY_SESSION, 'lambda:UpdateFunctionCode', '*'),
  request(
    'role-userid',
    DEPLOY_SESSION,
    's3:PutObject',
    `${BUCKET}/builds/AROADEPLOYEXAMPLE:ci-run/a.zip`,
  ),
  request(
    'role-other-session',
    DEPLOY_SESSION,
    's3:PutObject',
    `${BUCKET}/builds/AROADEPLOYEXAMPLE:other/a.zip`,
  ),
];

interface Output {
  results: { id: string; decision: string; matchedStatements: { policyId: string }[] }[];
}

function simulate(scenario: object): Output {
  const path = file('scenario.json', JSON.stringify(scenario, null, 2));
  const result = runCli(['simulate', path]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as Output;
}

describe('iam-policy-studio simulate with requests naming principals of the account', () => {
  let output: Output;
  beforeAll(() => {
    output = simulate({ format: 'iam-policy-studio/scenario@1', policies: [], account, requests });
  });
  const decision = (id: string) => output.results.find((result) => result.id === id)?.decision;

  it("allows a user through its group's inline policy, ${aws:username} being the user's name", () => {
    expect(decision('group-home-own')).toBe('allowed');
    expect(decision('group-home-other')).toBe('implicitDeny');
    expect(output.results[0]?.matchedStatements.map((s) => s.policyId)).toEqual([
      `arn:aws:iam::${ACCOUNT}:group/developers#home-folder`,
    ]);
  });

  it("reads aws:PrincipalTag/team from the user's tags, unless the request's context gives it", () => {
    expect(decision('tag-same-team')).toBe('allowed');
    expect(decision('tag-other-team')).toBe('implicitDeny');
    expect(decision('tag-overridden')).toBe('allowed');
  });

  it("cuts the user's Allow outside its permissions boundary (IAM User Guide, Permissions boundaries)", () => {
    expect(decision('boundary-cuts')).toBe('implicitDeny');
    expect(decision('boundary-cuts-logs')).toBe('implicitDeny');
    expect(decision('boundary-allows')).toBe('allowed');
  });

  it("allows a role session by its role's customer managed policy, aws:userid being ROLE-ID:SESSION", () => {
    expect(decision('role-managed')).toBe('allowed');
    expect(decision('role-userid')).toBe('allowed');
    expect(decision('role-other-session')).toBe('implicitDeny');
  });
});
