import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli, SPAWN_TIMEOUT, tempFolder } from './test-support.ts';

vi.setConfig({ testTimeout: SPAWN_TIMEOUT });

const FIXTURES = join(import.meta.dirname, '..', 'core', 'cloudtrail', '__fixtures__');
const LOG_FILE = join(FIXTURES, 'log-file.json');
const ROLE = 'arn:aws:iam::777788889999:role/AssumeNothing';
const { file } = tempFolder();

const run = (args: string[], input?: string) => runCli(['generate', ...args], input);

// Records made from the IAM User Guide's DeleteBucket example (log-file.json) by changing the
// fields "CloudTrail record contents" describes.
const deleteBucket = (
  JSON.parse(readFileSync(LOG_FILE, 'utf8')) as { Records: Record<string, unknown>[] }
).Records.find((record) => record.eventName === 'DeleteBucket')!;
let ids = 0;
const record = (fields: Record<string, unknown>) => {
  ids += 1;
  return {
    ...deleteBucket,
    eventID: `c${String(ids).padStart(7, '0')}-0000-4000-8000-000000000000`,
    ...fields,
  };
};
const logOf = (...records: Record<string, unknown>[]) => JSON.stringify({ Records: records });
const objects = logOf(
  record({ eventName: 'GetObject', requestParameters: { bucketName: 'reports', key: 'a.csv' } }),
  record({ eventName: 'GetObject', requestParameters: { bucketName: 'reports', key: 'b.csv' } }),
  record({
    eventName: 'GetObject',
    requestParameters: { bucketName: 'reports', key: 'secret.csv' },
    errorCode: 'AccessDenied',
  }),
);

describe('iam-policy-studio generate', () => {
  it('prints only the proven policy on standard output, exact ARNs by default', () => {
    const { status, stdout, stderr } = run([LOG_FILE, '--principal', ROLE]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'S3Write',
          Effect: 'Allow',
          Action: ['s3:DeleteBucket'],
          Resource: ['arn:aws:s3:::my-test-bucket-cross-account'],
        },
      ],
    });
    expect(stdout).toMatch(/^\{\n {2}"Version"/);
  });

  it('--resources type widens to one wildcard per resource type; the session ARN names the role; logs from standard input', () => {
    const session = 'arn:aws:sts::777788889999:assumed-role/AssumeNothing/devdsk';
    const { status, stdout, stderr } = run(
      ['--resources', 'type', '--principal', session, '-'],
      objects,
    );
    expect(status).toBe(0);
    expect(JSON.parse(stdout).Statement).toEqual([
      {
        Sid: 'S3Read',
        Effect: 'Allow',
        Action: ['s3:GetObject'],
        Resource: ['arn:aws:s3:::reports/*'],
      },
    ]);
    // The refused call is left out, and said so on standard error.
    expect(stderr).toBe(
      'iam-policy-studio generate: note: events left out of the policy:\n' +
        '  1 event(s): refused with AccessDenied: the policy grants only what the caller did\n',
    );
  });

  it('exit 1 when the proof fails: the policy is still written, why on standard error', () => {
    const runInstances = record({
      eventSource: 'ec2.amazonaws.com',
      eventName: 'RunInstances',
      requestParameters: { iamInstanceProfile: { name: 'web' } },
    });
    const { status, stdout, stderr } = run(['-', '--principal', ROLE], logOf(runInstances));
    expect(status).toBe(1);
    expect(JSON.parse(stdout).Statement.map((s: { Sid: string }) => s.Sid)).toEqual([
      'Ec2Write',
      'IamWrite',
    ]);
    expect(stderr).toMatch(
      /^iam-policy-studio generate: error: the proof failed: the policy on standard output is not proven \(1 of 1 events allowed, \d lint finding\(s\) above a suggestion\):\n/,
    );
    expect(stderr).toMatch(/ {2}policy:\d+:\d+: security-warning: .*\[passrole-unscoped\]\n/);
  });

  it('exit 1 with no policy when none of the caller’s calls succeeded', () => {
    const denied = record({
      eventName: 'GetObject',
      requestParameters: { bucketName: 'reports', key: 'a.csv' },
      errorCode: 'AccessDenied',
    });
    const { status, stdout, stderr } = run(['-', '--principal', ROLE], logOf(denied));
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /no successful call of arn:aws:iam::777788889999:role\/AssumeNothing needs a permission/,
    );
  });

  it.each([
    [
      ['--principal', 'arn:aws:iam::123456789012:user/Mallory'],
      /^iam-policy-studio generate: error: --principal: no call of arn:aws:iam::123456789012:user\/Mallory in the events \(their callers: .*arn:aws:iam::123456789012:user\/Alice/,
    ],
    [
      ['--principal', 'arn:aws:iam::123456789012:root'],
      /--principal: arn:aws:iam::123456789012:root is a caller of type Root, to which no identity policy applies/,
    ],
    [
      ['--principal', ROLE, '--resources', 'bucket'],
      /argument 6: --resources "bucket" is not one of exact, type, account/,
    ],
    [['--principal', ROLE, '--scope', 'type'], /argument 5: unknown option "--scope"/],
    [['--resources', 'type'], /--principal is missing/],
    [['--principal'], /argument 3: --principal needs a value/],
  ])('exit 2 on bad input: %j', (args, message) => {
    const { status, stdout, stderr } = run([LOG_FILE, ...args]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('exit 2 with the located reason when a log is not CloudTrail', () => {
    const log = file('notes.json', '{"Records": [{"hello": 1}]');
    const { status, stderr } = run([log, '--principal', ROLE]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^iam-policy-studio generate: .*notes\.json.*: error: /);
  });

  it('exit 2 without logs', () => {
    const { status, stderr } = run(['--principal', ROLE]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/error: no logs: give the CloudTrail logs/);
  });
});
