import { describe, expect, it } from 'vitest';
import { SCENARIO_FORMAT } from '../core/index.ts';
import type { CliIo } from './io.ts';
import { runCli } from './main.ts';

const ALICE = 'arn:aws:iam::111122223333:user/alice';
const POLICY = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'Read', Effect: 'Allow', Action: 's3:Get*', Resource: '*' },
      { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
      { Sid: 'NoDelete', Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*' },
    ],
  },
  null,
  2,
);

/** Runs `simulate` in this process on `scenario`, keeping each piece written to standard output. */
function simulate(requests: unknown[], document = POLICY) {
  const text = JSON.stringify({
    format: SCENARIO_FORMAT,
    policies: [{ id: 'app', type: 'identity', document }],
    requests,
  });
  const writes: string[] = [];
  const decoder = new TextDecoder();
  const io: CliIo = {
    readInput: () => new TextEncoder().encode(text),
    stdout: (piece) =>
      writes.push(typeof piece === 'string' ? piece : decoder.decode(piece, { stream: true })),
    stderr: (piece) => {
      throw new Error(piece);
    },
  };
  const status = runCli(['simulate', 'scenario.json'], io);
  return { status, writes, stdout: writes.join('') };
}

/** The output as JSON.stringify(output, null, 2) prints it, the format the command has always had. */
const canonical = (stdout: string) => `${JSON.stringify(JSON.parse(stdout), null, 2)}\n`;

describe('simulate output', () => {
  it('is printed exactly as JSON.stringify with two spaces prints it', () => {
    const { status, stdout } = simulate([
      {
        id: 'two "allows"',
        principal: ALICE,
        action: 's3:GetObject',
        resource: 'arn:aws:s3:::b/k',
      },
      {
        principal: ALICE,
        action: 's3:DeleteObject',
        resource: 'arn:aws:s3:::b/k',
        expect: 'explicitDeny',
      },
      { principal: ALICE, action: 's3:PutObject', resource: '*', expect: 'allowed' },
    ]);
    expect(status).toBe(1);
    expect(stdout).toBe(canonical(stdout));
    const { results, summary } = JSON.parse(stdout);
    expect(
      results.map((result: { matchedStatements: unknown[] }) => result.matchedStatements.length),
    ).toEqual([2, 1, 0]);
    expect(results[0].matchedStatements[1]).not.toHaveProperty('sid');
    expect(summary).toEqual({
      requests: 3,
      allowed: 1,
      explicitDeny: 1,
      implicitDeny: 1,
      failedExpectations: 1,
    });
  });

  it('writes each id as JSON.stringify does, escapes included', () => {
    const ids = [
      'plain r1',
      'quote " and back\\slash',
      'tab\tand control \u0001',
      'separator \u2028 kept',
      'emoji \ud83d\ude00 kept',
      'lone \ud800 surrogate',
      'lone \udfff low surrogate',
    ];
    const { stdout } = simulate(
      ids.map((id) => ({ id, principal: ALICE, action: 's3:GetObject', resource: '*' })),
    );
    expect(stdout).toBe(canonical(stdout));
    expect(JSON.parse(stdout).results.map((result: { id: string }) => result.id)).toEqual(ids);
  });

  it('prints each result its own decision and expectation when one statement decides many', () => {
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Sid: 'Read', Effect: 'Allow', Action: 's3:Get*', Resource: '*' },
        { Sid: 'Write', Effect: 'Allow', Action: 's3:Put*', Resource: '*' },
        { Sid: 'NoDelete', Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*' },
      ],
    });
    const call = (action: string) => ({ principal: ALICE, action: `s3:${action}`, resource: '*' });
    const { stdout } = simulate(
      [
        { id: 'a', ...call('DeleteObject') },
        { id: 'b', ...call('DeleteObject'), expect: 'explicitDeny' },
        { id: 'c', ...call('DeleteObject'), expect: 'allowed' },
        { id: 'd', ...call('GetObject'), expect: 'allowed' },
        { id: 'e', ...call('PutObject'), expect: 'allowed' },
        { id: 'f', ...call('GetObject') },
        { id: 'g', ...call('PutObject') },
        { id: 'h', ...call('GetObject'), expect: 'implicitDeny' },
        { id: 'i', ...call('DeleteObject'), expect: 'explicitDeny' },
        { id: 'j', ...call('ListBucket'), expect: 'allowed' },
        { id: 'k', ...call('ListBucket') },
      ],
      policy,
    );
    expect(stdout).toBe(canonical(stdout));
    const statement = (statementIndex: number, sid: string, effect: string) => [
      { policyId: 'app', statementIndex, sid, effect, range: expect.anything() },
    ];
    const read = statement(0, 'Read', 'Allow');
    const write = statement(1, 'Write', 'Allow');
    const noDelete = statement(2, 'NoDelete', 'Deny');
    const denied = { decision: 'explicitDeny', matchedStatements: noDelete };
    const allowed = (matchedStatements: unknown[]) => ({ decision: 'allowed', matchedStatements });
    const none = { decision: 'implicitDeny', matchedStatements: [] };
    expect(JSON.parse(stdout).results).toEqual([
      { id: 'a', ...denied },
      { id: 'b', ...denied, expect: 'explicitDeny', pass: true },
      { id: 'c', ...denied, expect: 'allowed', pass: false },
      { id: 'd', ...allowed(read), expect: 'allowed', pass: true },
      { id: 'e', ...allowed(write), expect: 'allowed', pass: true },
      { id: 'f', ...allowed(read) },
      { id: 'g', ...allowed(write) },
      { id: 'h', ...allowed(read), expect: 'implicitDeny', pass: false },
      { id: 'i', ...denied, expect: 'explicitDeny', pass: true },
      { id: 'j', ...none, expect: 'allowed', pass: false },
      { id: 'k', ...none },
    ]);
  });

  it('names the rule of AWS that decided a request whatever the policies say', () => {
    const { stdout } = simulate([
      { principal: ALICE, action: 'sts:GetCallerIdentity', resource: '*', expect: 'allowed' },
      {
        principal: ALICE,
        action: 'iam:CreatePolicyVersion',
        resource: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
      },
      { principal: ALICE, action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' },
    ]);
    expect(stdout).toBe(canonical(stdout));
    const { results } = JSON.parse(stdout);
    expect(results[0]).toMatchObject({
      decision: 'allowed',
      awsRule: {
        kind: 'no-permission-needed',
        source: { url: expect.stringContaining('API_GetCallerIdentity') },
      },
    });
    expect(results[1]).toMatchObject({
      decision: 'explicitDeny',
      awsRule: { kind: 'aws-protected' },
    });
    expect(results[2]).not.toHaveProperty('awsRule');
  });

  it('prints an empty results array as JSON.stringify does', () => {
    const { status, stdout } = simulate([]);
    expect(status).toBe(0);
    expect(stdout).toBe(canonical(stdout));
    expect(stdout).toContain('"results": [],');
  });

  it('streams many results in pieces instead of one string of the whole output', () => {
    const requests = Array.from({ length: 6_000 }, (_, index) => ({
      id: `r${index}`,
      principal: ALICE,
      action: index % 2 ? 's3:GetObject' : 's3:DeleteObject',
      resource: `arn:aws:s3:::b/${index}`,
    }));
    const { writes, stdout } = simulate(requests);
    expect(writes.length).toBeGreaterThan(5);
    expect(Math.max(...writes.map((piece) => piece.length))).toBeLessThan(stdout.length / 4);
    expect(stdout).toBe(canonical(stdout));
    expect(JSON.parse(stdout).results).toHaveLength(6_000);
  });
});
