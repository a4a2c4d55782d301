import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { runCli, SPAWN_TIMEOUT, tempFolder } from './test-support.ts';

vi.setConfig({ testTimeout: SPAWN_TIMEOUT });

const FIXTURES = join(import.meta.dirname, '..', 'core', 'cloudtrail', '__fixtures__');
const LOG_FILE = join(FIXTURES, 'log-file.json');
const { dir, file } = tempFolder();

interface Output {
  events: {
    eventID: string | null;
    principal: string | null;
    actions: string[];
    resources: string[];
    context: Record<string, string | string[]>;
    recorded: string;
    unmapped?: string;
    notes?: string[];
  }[];
  summary: { events: number; mapped: number; unmapped: number };
}

const run = (args: string[], input?: string) => runCli(['events', ...args], input);

function output(args: string[], input?: string): Output {
  const { status, stdout, stderr } = run(args, input);
  expect(stderr).toBe('');
  expect(status).toBe(0);
  return JSON.parse(stdout) as Output;
}

// A record made from the IAM User Guide's DeleteBucket example (log-file.json) by changing the
// fields "CloudTrail record contents" describes, one per line (JSON Lines).
const deleteBucket = (
  JSON.parse(readFileSync(LOG_FILE, 'utf8')) as { Records: Record<string, unknown>[] }
).Records.find((record) => record.eventName === 'DeleteBucket')!;
const line = (fields: Record<string, unknown>) => JSON.stringify({ ...deleteBucket, ...fields });

describe('iam-policy-studio events', () => {
  it('prints each distinct eventID of a CloudTrail log file once, as the requests it needed', () => {
    const { events, summary } = output([LOG_FILE]);
    // 14 records, the last repeating the first one's eventID.
    expect(summary).toEqual({ events: 13, mapped: 13, unmapped: 0 });
    expect(new Set(events.map((e) => e.eventID)).size).toBe(13);
    expect(events.find((e) => e.eventID === 'c3000000-0000-4000-8000-000000000013')).toEqual({
      eventID: 'c3000000-0000-4000-8000-000000000013',
      principal: 'arn:aws:sts::123456789012:assumed-role/deploy/ci-run',
      actions: ['s3:PutObject'],
      resources: ['arn:aws:s3:::artifacts/build.zip'],
      context: {
        'aws:SourceIp': '192.0.2.13',
        'aws:RequestedRegion': 'eu-west-1',
        'aws:MultiFactorAuthPresent': 'false',
        'aws:CurrentTime': '2023-05-01T10:04:00Z',
        'aws:EpochTime': '1682935440',
        'aws:PrincipalAccount': '123456789012',
        'aws:userid': 'AROAEXAMPLEWEBID:ci-run',
        'aws:ViaAWSService': 'false',
      },
      recorded: 'success',
    });
    expect(events.find((e) => e.actions[0] === 'cloudtrail:UpdateTrail')).toMatchObject({
      recorded: 'TrailNotFoundException',
      resources: ['*'],
      notes: ['cloudtrail:UpdateTrail: the record names no trail'],
    });
  });

  it('reads several files, a folder with gzip in it, and standard input, an eventID repeated across them once', () => {
    const folder = join(dir, 'trail');
    mkdirSync(folder);
    file('trail/a.json.gz', gzipSync(readFileSync(LOG_FILE)));
    const stdin = [
      line({
        eventID: 'e1',
        eventSource: 'lambda.amazonaws.com',
        eventName: 'Invoke',
        errorCode: 'AccessDenied',
        resources: [
          {
            type: 'AWS::Lambda::Function',
            ARN: 'arn:aws:lambda:us-east-2:777788889999:function:app',
          },
        ],
      }),
      line({ eventID: 'e2', eventSource: 'example.amazonaws.com', eventName: 'DoThing' }),
    ].join('\n');
    const { events, summary } = output([folder, LOG_FILE, '-'], stdin);
    expect(summary).toEqual({ events: 15, mapped: 14, unmapped: 1 });
    expect(events.find((e) => e.eventID === 'e1')).toMatchObject({
      actions: ['lambda:InvokeFunction'],
      resources: ['arn:aws:lambda:us-east-2:777788889999:function:app'],
      recorded: 'AccessDenied',
    });
    expect(events.find((e) => e.eventID === 'e2')).toMatchObject({
      actions: [],
      unmapped: expect.stringMatching(/unknown event source example\.amazonaws\.com/),
    });
  });

  it('exits 2 naming the file of a shape that is not CloudTrail (an S3 event notification), printing nothing', () => {
    const notification = join(FIXTURES, 's3-notification.json');
    const { status, stdout, stderr } = run([LOG_FILE, notification]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${notification}:3: error: an Amazon S3 event notification`);
  });

  it('exits 2 naming the file and line of a record cut short, and a gzip file cut short', () => {
    const lines = run(
      ['-'],
      `${line({ eventID: 'x1' })}\n{"eventVersion":"1.08","eventSource":"s3.amazon`,
    );
    expect(lines.status).toBe(2);
    expect(lines.stderr).toMatch(/-:2: error: /);
    const gz = gzipSync(readFileSync(LOG_FILE));
    const cut = file('cut.json.gz', gz.subarray(0, gz.length - 40));
    const truncated = run([cut]);
    expect(truncated.status).toBe(2);
    expect(truncated.stdout).toBe('');
    expect(truncated.stderr).toContain(`${cut}`);
  });

  it('exits 2 for a path that does not exist and for an option it does not take', () => {
    const missing = run([LOG_FILE, join(dir, 'nothing.json')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(
      `${join(dir, 'nothing.json')}: error: cannot read it (ENOENT)`,
    );
    const option = run([LOG_FILE, '--principal', 'x']);
    expect(option.status).toBe(2);
    expect(option.stderr).toContain('argument 3: unknown option "--principal"');
  });

  it('is in the usage, and the commands taking one FILE still refuse a second', () => {
    expect(runCli(['--help']).stdout).toContain('iam-policy-studio events LOGS...');
    expect(runCli(['simulate', LOG_FILE, LOG_FILE]).status).toBe(2);
  });
});
