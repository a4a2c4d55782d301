import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  GAAD_FIXTURE,
  runCli as run,
  spawnCli,
  SPAWN_TIMEOUT,
  tempFolder,
} from './test-support.ts';
import { simulateSlices } from './simulate.ts';

const { dir, file } = tempFolder();
vi.setConfig({ testTimeout: SPAWN_TIMEOUT });

const ALICE = 'arn:aws:iam::111122223333:user/alice';
const POLICY =
  '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Sid": "Read",\n      "Effect": "Allow",\n      "Action": "s3:GetObject",\n      "Resource": "*"\n    }\n  ]\n}';

function scenario(requests: unknown[], document = POLICY): string {
  return JSON.stringify(
    {
      format: 'iam-policy-studio/scenario@1',
      policies: [{ id: 'app', type: 'identity', document }],
      requests,
    },
    null,
    2,
  );
}

describe('iam-policy-studio simulate', () => {
  /** Enough requests for several slices of the requests array (64 KB each). */
  const many = Array.from({ length: 3_000 }, (_, index) => ({
    id: `r${index}`,
    principal: ALICE,
    action: index % 2 ? 's3:GetObject' : 's3:PutObject',
    resource: `arn:aws:s3:::b/${index}`,
    ...(index % 5 === 0 && { context: { 'aws:SourceIp': '203.0.113.9' }, expect: 'allowed' }),
  }));

  it('prints the same output whether the requests are read in slices or with the whole scenario', () => {
    const last = file('requests-last.json', scenario(many));
    const parsed = JSON.parse(scenario(many)) as Record<string, unknown>;
    // The requests first: the whole text is read at once.
    const { requests, ...rest } = parsed;
    const first = file('requests-first.json', JSON.stringify({ requests, ...rest }, null, 2));
    // Only the requests written last are read in slices.
    const quiet = { readInput: () => new Uint8Array(), stdout: () => {}, stderr: () => {} };
    expect(simulateSlices(quiet, readFileSync(last, 'utf8'), false)).toBe(1);
    expect(simulateSlices(quiet, readFileSync(first, 'utf8'), false)).toBeUndefined();
    const sliced = run(['simulate', last]);
    expect(sliced.stderr).toBe('');
    expect(sliced.status).toBe(1);
    expect(run(['simulate', first])).toEqual(sliced);
    expect(run(['simulate', last, '--coverage'])).toEqual(run(['simulate', first, '--coverage']));
  });

  it('prints nothing and exits 2 when a request of a later slice is wrong, saying which', () => {
    const wrong = many.map((request, index) =>
      index === 2_900 ? { ...request, action: 7 } : request,
    );
    const text = scenario(wrong);
    const written: unknown[] = [];
    const io = {
      readInput: () => new Uint8Array(),
      stdout: (piece: unknown) => written.push(piece),
      stderr: () => {},
    };
    expect(simulateSlices(io, text, false)).toBeUndefined();
    expect(written).toEqual([]);
    const { status, stdout, stderr } = run(['simulate', file('late-error.json', text)]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('action must be a string, not a number');
  });

  it('prints the results and summary and exits 0 when every expectation holds', () => {
    const path = file(
      'ok.json',
      scenario([
        {
          id: 'r1',
          principal: ALICE,
          action: 's3:GetObject',
          resource: 'arn:aws:s3:::b/k',
          expect: 'allowed',
        },
        { principal: ALICE, action: 's3:PutObject', resource: 'arn:aws:s3:::b/k' },
      ]),
    );
    const { status, stdout, stderr } = run(['simulate', path]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const output = JSON.parse(stdout);
    const start = POLICY.indexOf('{\n      "Sid"');
    expect(output.results).toEqual([
      {
        id: 'r1',
        decision: 'allowed',
        matchedStatements: [
          {
            policyId: 'app',
            statementIndex: 0,
            sid: 'Read',
            effect: 'Allow',
            range: { start, end: POLICY.indexOf('}\n  ]') + 1 },
          },
        ],
        expect: 'allowed',
        pass: true,
      },
      { id: '1', decision: 'implicitDeny', matchedStatements: [] },
    ]);
    expect(output.summary).toEqual({
      requests: 2,
      allowed: 1,
      explicitDeny: 0,
      implicitDeny: 1,
      failedExpectations: 0,
    });
  });

  it('exits 1 when an expectation fails, and reads standard input with -', () => {
    const text = scenario([
      { principal: ALICE, action: 's3:PutObject', resource: '*', expect: 'allowed' },
    ]);
    const { status, stdout } = run(['simulate', '-'], text);
    expect(status).toBe(1);
    expect(JSON.parse(stdout).results[0]).toMatchObject({ decision: 'implicitDeny', pass: false });
  });

  it('exits 2 on invalid JSON with the line and column on standard error and nothing on standard output', () => {
    const path = file('bad.json', '{\n  "policies": [\n    {]\n}');
    const { status, stdout, stderr } = run(['simulate', path]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/bad\.json:3:\d+: error: Invalid JSON/);
  });

  it('exits 2 on a schema error, naming the policy', () => {
    const path = file('schema.json', scenario([]).replace('"identity"', '"identiy"'));
    const { status, stdout, stderr } = run(['simulate', path]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /schema\.json:\d+:\d+: error: policy "app": Unknown policy type "identiy" \(did you mean "identity"\?\)/,
    );
  });

  it('exits 2 when a policy does not parse, with the policy id and its line and column', () => {
    const broken = POLICY.replace('"Allow"', '"Alow"');
    const path = file('policy.json', scenario([], broken));
    const { status, stdout, stderr } = run(['simulate', path]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /policy\.json:\d+:\d+: error: policy "app" \(document line 6, column \d+\): /,
    );
  });

  it('exits 2 on an unknown condition operator, pointing into the policy document', () => {
    const withCondition = POLICY.replace(
      '"Resource": "*"',
      '"Resource": "*",\n      "Condition": { "StringEqual": { "aws:username": "alice" } }',
    );
    const { status, stdout, stderr } = run([
      'simulate',
      file('operator.json', scenario([], withCondition)),
    ]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /operator\.json:\d+:\d+: error: policy "app" \(document line 9, column \d+\): .*StringEqual/,
    );
  });

  it('reads a document given as an object as written: an unquoted 2^53 + 1 keeps its last digit', () => {
    // A double cannot hold 9007199254740993: read through one, it would equal ...992.
    const document = `{
        "Version": "2012-10-17",
        "Statement": [{ "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*",
          "Condition": { "NumericEquals": { "s3:max-keys": 9007199254740993 } } }]
      }`;
    const request = (id: string, maxKeys: string) =>
      `{ "id": "${id}", "principal": "${ALICE}", "action": "s3:ListBucket", "resource": "*", "context": { "s3:max-keys": "${maxKeys}" } }`;
    const text = `{
  "format": "iam-policy-studio/scenario@1",
  "policies": [{ "id": "app", "type": "identity", "document": ${document} }],
  "requests": [${request('exact', '9007199254740993')}, ${request('rounded', '9007199254740992')}]
}`;
    const { status, stdout } = run(['simulate', file('big-number.json', text)]);
    expect(status).toBe(0);
    const decisions = JSON.parse(stdout).results.map(
      (result: { decision: string }) => result.decision,
    );
    expect(decisions).toEqual(['allowed', 'implicitDeny']);
  });

  it('places an error in a document given as an object on its line and column in the file', () => {
    const text = `{
  "format": "iam-policy-studio/scenario@1",
  "policies": [{ "id": "app", "type": "identity", "document": {
    "Version": "2012-10-17",
    "Statement": [{ "Effect": "Alow", "Action": "s3:GetObject", "Resource": "*" }]
  } }],
  "requests": []
}`;
    const { status, stderr } = run(['simulate', file('object-error.json', text)]);
    expect(status).toBe(2);
    // The document is the object less the indentation of its place in the file (2 spaces).
    const column = text.split('\n')[4]!.indexOf('"Alow"') + 1;
    expect(stderr).toContain(
      `object-error.json:5:${column}: error: policy "app" (document line 3, column ${column - 2}): `,
    );
  });

  it('exits 2 when the file cannot be read, and on a wrong command', () => {
    expect(run(['simulate', join(dir, 'missing.json')]).status).toBe(2);
    expect(run(['frobnicate', 'x']).status).toBe(2);
  });
});

describe('the installed command (bin/iam-policy-studio.mjs, a new process)', () => {
  it('prints, on each stream, and exits as the commands run in the tests', () => {
    const ok = file(
      'installed.json',
      scenario([{ principal: ALICE, action: 's3:GetObject', resource: '*' }]),
    );
    const bad = file('installed-bad.json', '{"format": ');
    // The misspelt action's finding and what-can's service summaries come from the catalog's data
    // files, which the installed command, a bundle kept elsewhere, finds next to its sources.
    const typo = file('installed-typo.json', POLICY.replace('s3:GetObject', 's3:GetObjekt'));
    const bob = 'arn:aws:iam::123456789012:user/Bob';
    for (const args of [
      ['simulate', ok],
      ['lint', bad],
      ['lint', typo],
      ['what-can', GAAD_FIXTURE, '--principal', bob],
      ['frobnicate', 'x'],
      ['--help'],
    ]) {
      expect(spawnCli(args)).toEqual(run(args));
    }
    expect(spawnCli(['simulate', '-'], readFileSync(ok, 'utf8'))).toEqual(run(['simulate', ok]));
  });
});

describe('iam-policy-studio lint', () => {
  it('reports the problems of a bare policy as findings and exits 1 on an error', () => {
    const path = file('lint.json', POLICY.replace('"Allow"', '"Alow"'));
    const { status, stdout } = run(['lint', path]);
    expect(status).toBe(1);
    const { findings } = JSON.parse(stdout);
    expect(findings[0]).toMatchObject({
      policyId: 'policy',
      severity: 'error',
      range: { start: expect.any(Number) },
    });
  });

  it('exits 0 for a clean scenario', () => {
    const { status, stdout } = run(['lint', file('clean.json', scenario([]))]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ findings: [] });
  });

  it('checks names against the bundled service reference, with did-you-mean fixes', () => {
    const path = file('typo.json', POLICY.replace('s3:GetObject', 's3:GetObjekt'));
    const { status, stdout } = run(['lint', path]);
    expect(status).toBe(1);
    const [finding] = JSON.parse(stdout).findings;
    expect(finding).toMatchObject({
      policyId: 'policy',
      code: 'unknown-action',
      severity: 'error',
      message: expect.stringContaining('did you mean "s3:GetObject"'),
      fixes: [{ edits: [{ text: '"s3:GetObject"' }] }],
    });
    expect(
      POLICY.replace('s3:GetObject', 's3:GetObjekt').slice(finding.range.start, finding.range.end),
    ).toBe('"s3:GetObjekt"');
  });

  it('lints each policy of a scenario as its type, and exits 0 on warnings only', () => {
    const trust = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: {
            Federated:
              'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com',
          },
          Action: 'sts:AssumeRoleWithWebIdentity',
        },
      ],
    });
    const text = JSON.stringify({
      format: 'iam-policy-studio/scenario@1',
      policies: [
        { id: 'app', type: 'identity', document: POLICY },
        { id: 'ci', type: 'trust', document: trust },
      ],
      requests: [],
    });
    const { status, stdout } = run(['lint', file('trust.json', text)]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).findings).toMatchObject([
      { policyId: 'ci', code: 'oidc-missing-condition', severity: 'security-warning' },
    ]);
  });

  it("reads a bare policy's type as the browser's import does: a bucket policy is a resource policy", () => {
    const bucketPolicy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::111122223333:root' },
          Action: 's3:GetObject',
        },
      ],
    });
    const { status, stdout } = run(['lint', file('bucket.json', bucketPolicy)]);
    expect(status).toBe(1);
    expect(JSON.parse(stdout).findings).toMatchObject([
      { policyId: 'policy', code: 'missing-resource', severity: 'error' },
    ]);
  });
});
