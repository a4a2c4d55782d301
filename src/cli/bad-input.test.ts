import { spawnSync } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { CLI_BIN, type CliRun, runCli as run, SPAWN_TIMEOUT, tempFolder } from './test-support.ts';

const { file } = tempFolder();
vi.setConfig({ testTimeout: SPAWN_TIMEOUT });

const DEEP = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
const SCENARIO = JSON.stringify(
  {
    format: 'iam-policy-studio/scenario@1',
    policies: [
      {
        id: 'app',
        type: 'identity',
        document:
          '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}',
      },
    ],
    requests: [
      { principal: 'arn:aws:iam::111122223333:user/alice', action: 's3:GetObject', resource: '*' },
    ],
  },
  null,
  2,
);

/** Exit 2, nothing on standard output, and every line of standard error placed in the input. */
function expectLocatedRefusal(result: CliRun, where: string | RegExp) {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).not.toMatch(/RangeError|^\s+at /m);
  for (const line of result.stderr.trimEnd().split('\n')) {
    expect(line).toMatch(/^.+:\d+:\d+: error: .+$/);
  }
  expect(result.stderr).toMatch(where);
}

describe('lint refuses a policy nested 100,000 levels deep, as simulate does', () => {
  it('in a scenario, naming the policy and its line and column, without a stack trace', () => {
    const scenario = file(
      'deep-document.json',
      SCENARIO.replace(/"document": ".*"/, `"document": "${DEEP}"`),
    );
    const lint = run(['lint', scenario]);
    expectLocatedRefusal(
      lint,
      /deep-document\.json:\d+:\d+: error: policy "app" \(document line 1, column 65\): JSON nests deeper than 64 levels/,
    );
    expect(lint.stderr).toBe(run(['simulate', scenario]).stderr);
  });

  it('as a bare policy document', () => {
    const bare = file(
      'deep-policy.json',
      `{\n  "Version": "2012-10-17",\n  "Statement": ${DEEP}\n}`,
    );
    expectLocatedRefusal(
      run(['lint', bare]),
      /deep-policy\.json:3:\d+: error: JSON is nested more than 64 levels deep/,
    );
  });
});

describe('lint and simulate refuse unreadable input alike: exit 2 and where', () => {
  const cases: [string, string | Uint8Array, RegExp][] = [
    ['an empty file', '', /:1:1: error: The text is empty/],
    ['whitespace only', ' \n\t\n', /:1:1: error: The text is empty/],
    [
      'a binary file',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
      /:1:1: error: Not UTF-8 text: byte 0x89 at byte offset 0/,
    ],
    [
      'a file with a NUL byte',
      '{\n  "a": \u0000\n}',
      /:2:8: error: Not a text file: a NUL byte at byte offset 9/,
    ],
    [
      'invalid UTF-8',
      Uint8Array.from([...Buffer.from('{\n  "Version": "'), 0xc3, 0x28, ...Buffer.from('"\n}')]),
      /:2:15: error: Not UTF-8 text: byte 0xC3 at byte offset 16 does not begin a valid UTF-8 sequence/,
    ],
  ];
  it.each(cases)('%s', (name, content, where) => {
    const path = file(`${name.replaceAll(' ', '-')}.json`, content);
    for (const command of ['lint', 'simulate']) expectLocatedRefusal(run([command, path]), where);
  });

  it('closed standard input', () => {
    for (const command of ['lint', 'simulate']) {
      const result = spawnSync(
        'sh',
        ['-c', `"${process.execPath}" "${CLI_BIN}" ${command} - <&-`],
        {
          encoding: 'utf8',
          timeout: SPAWN_TIMEOUT,
        },
      );
      expectLocatedRefusal(
        { status: result.status, stdout: result.stdout, stderr: result.stderr },
        /^-:\d+:\d+: error: /,
      );
    }
  });
});

describe('a UTF-8 byte order mark', () => {
  it('is ignored by simulate and lint, as the browser ignores it (RFC 8259, section 8.1)', () => {
    const plain = file('plain.json', SCENARIO);
    const withMark = file('bom.json', `\uFEFF${SCENARIO}`);
    for (const command of ['simulate', 'lint']) {
      const result = run([command, withMark]);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(run([command, plain]).stdout);
    }
  });
});
