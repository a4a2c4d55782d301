import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { GAAD_FIXTURE, runCli, SPAWN_TIMEOUT, tempFolder } from './test-support.ts';

const { file } = tempFolder();
vi.setConfig({ testTimeout: SPAWN_TIMEOUT });

const run = (args: string[], input?: string) => runCli(['who-can', ...args], input);

const principalsOf = (stdout: string) =>
  (JSON.parse(stdout) as { results: { principal: string; via: string[] }[] }).results.map(
    ({ principal, via }) => ({ principal, via }),
  );

describe('iam-policy-studio who-can', () => {
  it('names the users of the documented get-account-authorization-details output allowed an action, with the deciding statements', () => {
    const { status, stdout, stderr } = run([GAAD_FIXTURE, '--action', 'iam:CreateUser']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    // Bob is in Admins too, but his inline DenyBillingAndIAMPolicy denies iam:*.
    expect(JSON.parse(stdout)).toMatchObject({
      action: 'iam:CreateUser',
      resource: '*',
      results: [
        {
          principal: 'arn:aws:iam::123456789012:user/Alice',
          via: [],
          statements: [
            {
              policyId: 'arn:aws:iam::aws:policy/AdministratorAccess',
              statementIndex: 0,
              effect: 'Allow',
            },
          ],
        },
      ],
    });
  });

  it('asks about the resource given: the role whose boundary allows only that bucket is among them', () => {
    const { status, stdout } = run([
      GAAD_FIXTURE,
      '--resource',
      'arn:aws:s3:::example-bucket/report.csv',
      '--action',
      's3:GetObject',
    ]);
    expect(status).toBe(0);
    expect(principalsOf(stdout).map(({ principal }) => principal.split(':').at(-1))).toEqual([
      'user/Alice',
      'user/Bob',
      'user/Charlie',
      'role/EC2role',
    ]);
  });

  it("reads a scenario's account from standard input, follows a role chain and applies the scenario's SCPs", () => {
    const arn = (resource: string) => `arn:aws:iam::111122223333:${resource}`;
    const allow = (action: string) =>
      JSON.stringify({ Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] });
    const trusting = (principal: string) =>
      JSON.stringify({
        Statement: [{ Effect: 'Allow', Principal: { AWS: principal }, Action: 'sts:AssumeRole' }],
      });
    const assume = [{ name: 'Assume', document: allow('sts:AssumeRole') }];
    const chain = {
      id: '111122223333',
      users: [{ name: 'alice', arn: arn('user/alice'), inline: assume }],
      roles: [
        {
          name: 'RoleA',
          arn: arn('role/RoleA'),
          trust: trusting(arn('user/alice')),
          inline: assume,
        },
        {
          name: 'RoleB',
          arn: arn('role/RoleB'),
          trust: trusting(arn('role/RoleA')),
          attached: [arn('policy/Read')],
        },
      ],
      policies: [{ arn: arn('policy/Read'), name: 'Read', document: allow('s3:GetObject') }],
    };
    const scenario = (policies: unknown[]) =>
      JSON.stringify({
        format: 'iam-policy-studio/scenario@1',
        policies,
        requests: [],
        account: chain,
      });
    const open = run(['-', '--action', 's3:GetObject'], scenario([]));
    expect(open.stderr).toBe('');
    expect(principalsOf(open.stdout)).toEqual([
      { principal: arn('user/alice'), via: [arn('role/RoleA'), arn('role/RoleB')] },
      { principal: arn('role/RoleA'), via: [arn('role/RoleB')] },
      { principal: arn('role/RoleB'), via: [] },
    ]);
    const denyChaining = JSON.stringify({
      Statement: [
        { Effect: 'Allow', Action: '*', Resource: '*' },
        { Effect: 'Deny', Action: 'sts:AssumeRole', Resource: arn('role/RoleB') },
      ],
    });
    const scp = run(
      ['-', '--action', 's3:GetObject'],
      scenario([{ id: 'scp', type: 'scp', document: denyChaining }]),
    );
    expect(principalsOf(scp.stdout)).toEqual([{ principal: arn('role/RoleB'), via: [] }]);
  });

  it('exits 2 saying what is wrong with the options, before reading the file', () => {
    for (const [args, message] of [
      [['missing.json'], /--action is missing/],
      [['missing.json', '--action'], /argument 3: --action needs a value/],
      [
        ['missing.json', '--action', 's3:GetObject', '--region', 'x'],
        /argument 5: unknown option "--region"/,
      ],
      [['missing.json', '--action', 'GetObject'], /--action "GetObject" is not an action/],
    ] as const) {
      const { status, stdout, stderr } = run([...args]);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
    }
  });

  it('exits 2 with the place for a file that is not an account', () => {
    const path = file(
      'no-account.json',
      '{"format": "iam-policy-studio/scenario@1", "policies": [], "requests": []}',
    );
    const noAccount = run([path, '--action', 's3:GetObject']);
    expect(noAccount.status).toBe(2);
    expect(noAccount.stderr).toMatch(/^.*no-account\.json:1:1: error: The scenario has no account/);
    const cut = run(
      ['-', '--action', 's3:GetObject'],
      readFileSync(GAAD_FIXTURE, 'utf8').slice(0, 300),
    );
    expect(cut.status).toBe(2);
    expect(cut.stderr).toMatch(/^-:\d+:\d+: error: /);
    expect(cut.stdout).toBe('');
  });
});
