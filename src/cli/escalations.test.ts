import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { GAAD_FIXTURE, runCli, SPAWN_TIMEOUT, tempFolder } from './test-support.ts';

const { file } = tempFolder();
vi.setConfig({ testTimeout: SPAWN_TIMEOUT });

const run = (args: string[], input?: string) => runCli(['escalations', ...args], input);

interface Output {
  paths: { principal: string; pathId: string; target?: string; targetPower?: unknown }[];
  admins: string[];
  notAnalysed: { pathId: string; reason: string }[];
  catalogue: { source: string; version: string; paths: number };
}

const arn = (resource: string) => `arn:aws:iam::111122223333:${resource}`;
const document = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement });

/** Alice may pass the Worker role to Lambda, create a function and invoke it; Worker is an administrator. */
const LAMBDA_ACCOUNT = {
  id: '111122223333',
  users: [
    {
      name: 'alice',
      inline: [
        {
          name: 'Deploy',
          document: document({
            Effect: 'Allow',
            Action: ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'],
            Resource: '*',
          }),
        },
      ],
    },
  ],
  roles: [
    {
      name: 'Worker',
      trust: document({
        Effect: 'Allow',
        Principal: { Service: 'lambda.amazonaws.com' },
        Action: 'sts:AssumeRole',
      }),
      attached: ['arn:aws:iam::aws:policy/AdministratorAccess'],
    },
  ],
};

const scenario = (policies: unknown[]) =>
  JSON.stringify({
    format: 'iam-policy-studio/scenario@1',
    policies,
    requests: [],
    account: LAMBDA_ACCOUNT,
  });

describe('iam-policy-studio escalations', () => {
  it('reports the admin-equivalent users of the documented get-account-authorization-details output, and the catalogue', () => {
    const { status, stdout, stderr } = run([GAAD_FIXTURE]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const output = JSON.parse(stdout) as Output;
    // Bob is in Admins too, but his inline DenyBillingAndIAMPolicy denies iam:*.
    expect(output.admins).toEqual(['arn:aws:iam::123456789012:user/Alice']);
    expect(output.paths).toEqual([]);
    expect(output.catalogue).toMatchObject({ paths: 65 });
    expect(output.notAnalysed.map((path) => path.pathId)).toContain('lambda-003');
  });

  it("reads a scenario's account from standard input: a PassRole path to Lambda names the role and its power, and the scenario's SCP stops it", () => {
    const open = run(['-'], scenario([]));
    expect(open.stderr).toBe('');
    expect(open.status).toBe(0);
    const output = JSON.parse(open.stdout) as Output;
    expect(output.paths).toMatchObject([
      {
        principal: arn('user/alice'),
        pathId: 'lambda-001',
        target: arn('role/Worker'),
        targetPower: { admin: true },
        steps: [
          { action: 'iam:PassRole', context: { 'iam:PassedToService': 'lambda.amazonaws.com' } },
          { action: 'lambda:CreateFunction', resource: '*' },
          { action: 'lambda:InvokeFunction', resource: '*' },
        ],
      },
    ]);
    expect(output.admins).toEqual([arn('role/Worker')]);
    const denyPassRole = document(
      { Effect: 'Allow', Action: '*', Resource: '*' },
      { Effect: 'Deny', Action: 'iam:PassRole', Resource: '*' },
    );
    const scp = run(['-'], scenario([{ id: 'scp', type: 'scp', document: denyPassRole }]));
    expect((JSON.parse(scp.stdout) as Output).paths).toEqual([]);
  });

  it('exits 2 with the place for a file that is not an account, and nothing on standard output', () => {
    const path = file(
      'no-account.json',
      '{"format": "iam-policy-studio/scenario@1", "policies": [], "requests": []}',
    );
    const noAccount = run([path]);
    expect(noAccount.status).toBe(2);
    expect(noAccount.stderr).toMatch(/^.*no-account\.json:1:1: error: The scenario has no account/);
    expect(noAccount.stdout).toBe('');
    const cut = run(['-'], readFileSync(GAAD_FIXTURE, 'utf8').slice(0, 300));
    expect(cut.status).toBe(2);
    expect(cut.stderr).toMatch(/^-:\d+:\d+: error: /);
    expect(cut.stdout).toBe('');
  });

  it('takes no option', () => {
    const { status, stderr } = run([GAAD_FIXTURE, '--action', 's3:GetObject']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/iam-policy-studio escalations FILE/);
  });
});
