import { describe, expect, it, vi } from 'vitest';
import type { WhatCanAnswer } from '../core/index.ts';
import { GAAD_FIXTURE, runCli, SPAWN_TIMEOUT } from './test-support.ts';

vi.setConfig({ testTimeout: SPAWN_TIMEOUT });

const whatCan = (args: string[], input?: string) => runCli(['what-can', ...args], input);
const BOB = 'arn:aws:iam::123456789012:user/Bob';
const CHARLIE = 'arn:aws:iam::123456789012:user/Charlie';

function grants(stdout: string, prefix: string): Record<string, string> {
  const answer = JSON.parse(stdout) as WhatCanAnswer;
  const service = answer.services.find((candidate) => candidate.prefix === prefix);
  return Object.fromEntries((service?.levels ?? []).map((level) => [level.level, level.grant]));
}

describe('iam-policy-studio what-can', () => {
  it("gives Bob of the documented get-account-authorization-details output the Admins group's AdministratorAccess, less what his inline Deny names", () => {
    const { status, stdout, stderr } = whatCan([GAAD_FIXTURE, '--principal', BOB]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const answer = JSON.parse(stdout) as WhatCanAnswer;
    expect(answer.principal).toBe(BOB);
    // DenyBillingAndIAMPolicy denies aws-portal:* and iam:* on every resource.
    expect(answer.services.map((service) => service.prefix)).toEqual(['aws-portal', 'iam']);
    expect(new Set(Object.values(grants(stdout, 'iam')))).toEqual(new Set(['None']));
    expect(answer.services[1]?.levels[0]?.statements).toEqual([
      {
        policyId: 'arn:aws:iam::aws:policy/AdministratorAccess',
        statementIndex: 0,
        effect: 'Allow',
      },
      { policyId: `${BOB}#DenyBillingAndIAMPolicy`, statementIndex: 0, effect: 'Deny' },
    ]);
    expect(answer.everyOtherService).toMatchObject({
      grant: 'Full',
      resources: [],
      conditions: [],
    });
  });

  it("gives Charlie the Dev group's PowerUserAccess within his PowerUserAccess boundary: IAM Limited, S3 Full", () => {
    const { status, stdout } = whatCan([GAAD_FIXTURE, '--principal', CHARLIE]);
    expect(status).toBe(0);
    expect(grants(stdout, 's3')).toMatchObject({ List: 'Full', Read: 'Full', Write: 'Full' });
    expect(grants(stdout, 'iam')).toMatchObject({
      List: 'Limited',
      'Permissions management': 'None',
    });
  });

  it("reads a scenario's account from standard input and applies the scenario's SCPs", () => {
    const arn = 'arn:aws:iam::111122223333:user/alice';
    const allowAll = JSON.stringify({
      Statement: [{ Effect: 'Allow', Action: 'sqs:*', Resource: '*' }],
    });
    const denyWrite = JSON.stringify({
      Statement: [
        { Effect: 'Allow', Action: '*', Resource: '*' },
        { Effect: 'Deny', Action: 'sqs:Delete*', Resource: '*' },
      ],
    });
    const scenario = (policies: unknown[]) =>
      JSON.stringify({
        format: 'iam-policy-studio/scenario@1',
        policies,
        requests: [],
        account: {
          id: '111122223333',
          users: [{ name: 'alice', arn, inline: [{ name: 'Sqs', document: allowAll }] }],
        },
      });
    const open = whatCan(['-', '--principal', arn], scenario([]));
    expect(open.stderr).toBe('');
    expect(grants(open.stdout, 'sqs').Write).toBe('Full');
    const limited = whatCan(
      ['-', '--principal', arn],
      scenario([{ id: 'scp', type: 'scp', document: denyWrite }]),
    );
    expect(grants(limited.stdout, 'sqs').Write).toBe('Limited');
  });

  it('exits 2 saying what is wrong with the options, before reading the file', () => {
    for (const [args, message] of [
      [['missing.json'], /--principal is missing/],
      [['missing.json', '--principal'], /argument 3: --principal needs a value/],
      [['missing.json', '--action', 's3:GetObject'], /argument 3: unknown option "--action"/],
    ] as const) {
      const { status, stdout, stderr } = whatCan([...args]);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
    }
  });

  it('exits 2 naming the principal the account does not have and the nearest ones', () => {
    const { status, stdout, stderr } = whatCan([
      GAAD_FIXTURE,
      '--principal',
      'arn:aws:iam::123456789012:user/Bobby',
    ]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      `"arn:aws:iam::123456789012:user/Bobby" is not a user or role of the account; the nearest are ${BOB}`,
    );
    expect(stderr).toContain('gaad.json');
    const group = whatCan([GAAD_FIXTURE, '--principal', 'arn:aws:iam::123456789012:group/Dev']);
    expect(group.status).toBe(2);
    expect(group.stderr).toMatch(/is a group: a group is not a principal/);
  });
});
