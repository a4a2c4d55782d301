import { describe, expect, it, vi } from 'vitest';
import { runCli, SPAWN_TIMEOUT, tempFolder } from './test-support.ts';

vi.setConfig({ testTimeout: SPAWN_TIMEOUT });

const { file } = tempFolder();
const policy = (...statements: object[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
const READ = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' };

interface Output {
  result: string;
  newAccess: {
    principal: string;
    action: string;
    resource: string;
    actions: string[];
    new: { decision: string; statements: { statementIndex: number; range: object }[] };
  }[];
  removedAccess: { action: string; old: { decision: string } }[];
  unknown: string[];
}

function diff(old: string, next: string, ...options: string[]) {
  const run = runCli(['diff', file('old.json', old), file('new.json', next), ...options]);
  return { ...run, output: run.stdout === '' ? undefined : (JSON.parse(run.stdout) as Output) };
}

describe('iam-policy-studio diff', () => {
  it('prints the new access of a widened wildcard as example requests, exit 1', () => {
    const { status, output, stderr } = diff(policy(READ), policy({ ...READ, Action: 's3:Get*' }));
    expect(stderr).toBe('');
    expect(status).toBe(1);
    expect(Object.keys(output ?? {})).toEqual(['result', 'newAccess', 'removedAccess', 'unknown']);
    expect(output?.result).toBe('new-access');
    const [example] = output?.newAccess ?? [];
    expect(example).toMatchObject({
      action: expect.stringMatching(/^s3:Get/),
      new: { decision: 'allowed' },
    });
    expect(example?.actions).toContain('s3:GetObjectAcl');
    expect(example?.new.statements[0]).toMatchObject({
      statementIndex: 0,
      range: { start: expect.any(Number) },
    });
    expect(example?.resource.startsWith('arn:aws:s3:::reports/')).toBe(true);
  });

  it('exits 0 on equivalent policies and on removed access only', () => {
    const equivalent = diff(policy(READ), `${policy(READ)}\n`);
    expect([equivalent.status, equivalent.output?.result]).toEqual([0, 'equivalent']);
    const denied = diff(policy(READ), policy(READ, { ...READ, Effect: 'Deny' }));
    expect([denied.status, denied.output?.result]).toEqual([0, 'removed-access']);
    expect(denied.output?.removedAccess.map((access) => access.action)).toEqual(['s3:GetObject']);
  });

  it('compares two scenarios by the same requests before and after', () => {
    const scenario = (document: string) =>
      JSON.stringify({
        format: 'iam-policy-studio/scenario@1',
        policies: [{ id: 'app', type: 'identity', document }],
        requests: [
          {
            principal: 'arn:aws:iam::111122223333:user/alice',
            action: 's3:GetObject',
            resource: 'arn:aws:s3:::reports/q1.csv',
          },
        ],
      });
    const { status, output } = diff(
      scenario(policy(READ)),
      scenario(policy({ ...READ, Action: 's3:PutObject' })),
    );
    expect(status).toBe(1);
    expect(output?.result).toBe('both');
    expect(output?.removedAccess[0]).toMatchObject({
      action: 's3:GetObject',
      old: { decision: 'allowed' },
    });
  });

  it('exits 1 when it cannot tell (a value of a policy variable it did not try), with the reason', () => {
    const home = { ...READ, Resource: 'arn:aws:s3:::home/${aws:username}/*' };
    const denyAlice = { ...READ, Effect: 'Deny', Resource: 'arn:aws:s3:::home/alice/*' };
    const { status, output } = diff(policy(home), policy(home, denyAlice));
    expect([status, output?.result]).toEqual([1, 'unknown']);
    expect(output?.unknown[0]).toContain('policy variables');
  });

  it('exits 2 on bad input, saying where, with nothing on standard output', () => {
    const broken = diff(policy(READ), '{\n  "Statement": [\n');
    expect(broken.status).toBe(2);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toMatch(/new\.json:\d+:\d+: error: /);
    const badEffect = diff(policy({ ...READ, Effect: 'Maybe' }), policy(READ));
    expect(badEffect.status).toBe(2);
    expect(badEffect.stderr).toMatch(/old\.json:5:\d+: error: .*Effect/);
  });

  it('exits 2 on a policy against a scenario, and on types that differ unless --type says which', () => {
    const mixed = diff(
      policy(READ),
      JSON.stringify({ format: 'iam-policy-studio/scenario@1', policies: [], requests: [] }),
    );
    expect(mixed.status).toBe(2);
    expect(mixed.stderr).toContain('give two policies or two scenarios');
    const bucket = policy({ ...READ, Principal: { AWS: '111122223333' } });
    const typeless = diff(policy(READ), bucket);
    expect(typeless.status).toBe(2);
    expect(typeless.stderr).toContain('say which with --type');
    expect(diff(policy(READ), bucket, '--type', 'identity').status).not.toBe(2);
    expect(diff(policy(READ), bucket, '--type', 'bucket').stderr).toContain(
      'expected OLD NEW [--type',
    );
  });
});
