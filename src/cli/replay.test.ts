import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { GAAD_FIXTURE, runCli, SPAWN_TIMEOUT, tempFolder } from './test-support.ts';

vi.setConfig({ testTimeout: SPAWN_TIMEOUT });

const LOG_FILE = join(
  import.meta.dirname,
  '..',
  'core',
  'cloudtrail',
  '__fixtures__',
  'log-file.json',
);
const { file } = tempFolder();

type Record = { [key: string]: unknown };
const records = (JSON.parse(readFileSync(LOG_FILE, 'utf8')) as { Records: Record[] }).Records;
const named = (eventName: string) => records.find((record) => record.eventName === eventName)!;

// Calls of the IAM User Guide's role session (the DeleteBucket record of log-file.json) and of the
// documented get-account-authorization-details example's user Bob (the CloudTrail User Guide's
// StartInstances record by Alice), changed as "CloudTrail record contents" describes.
const ROLE = 'arn:aws:iam::777788889999:role/AssumeNothing';
const SESSION = 'arn:aws:sts::777788889999:assumed-role/AssumeNothing/devdsk';
let ids = 0;
function s3Call(eventName: string, key: string, fields: Record = {}): Record {
  ids += 1;
  return {
    ...named('DeleteBucket'),
    eventName,
    requestParameters: { bucketName: 'reports', key },
    eventID: `e${String(ids).padStart(7, '0')}-0000-4000-8000-000000000000`,
    ...fields,
  };
}
function bobCall(eventSource: string, eventName: string): Record {
  const alice = named('StartInstances');
  ids += 1;
  return {
    ...alice,
    userIdentity: {
      ...(alice.userIdentity as Record),
      arn: 'arn:aws:iam::123456789012:user/Bob',
      userName: 'Bob',
    },
    eventSource,
    eventName,
    requestParameters: null,
    responseElements: null,
    eventID: `b${String(ids).padStart(7, '0')}-0000-4000-8000-000000000000`,
  };
}
const logFile = (name: string, list: Record[]) => file(name, JSON.stringify({ Records: list }));

const SCENARIO = file(
  'scenario.json',
  JSON.stringify({
    format: 'iam-policy-studio/scenario@1',
    policies: [
      {
        id: 'reports',
        type: 'identity',
        attachedTo: [ROLE],
        document: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'Read',
              Effect: 'Allow',
              Action: 's3:GetObject',
              Resource: 'arn:aws:s3:::reports/*',
            },
          ],
        }),
      },
    ],
    requests: [],
  }),
);

const run = (args: string[], input?: string) => runCli(['replay', ...args], input);

describe('iam-policy-studio replay', () => {
  it('counts per caller and action and lists the calls that would break or that are now allowed; exit 1 when one would break', () => {
    const logs = logFile('logs.json', [
      s3Call('GetObject', 'q1.csv', { eventTime: '2024-01-01T00:00:00Z' }),
      s3Call('GetObject', 'q1.csv', { eventTime: '2024-01-03T00:00:00Z' }),
      s3Call('PutObject', 'q1.csv', { eventTime: '2024-01-02T00:00:00Z' }),
      s3Call('GetObject', 'q2.csv', {
        eventTime: '2024-01-04T00:00:00Z',
        errorCode: 'AccessDenied',
      }),
      s3Call('NotAnOperation', 'q3.csv'),
    ]);
    const { status, stdout, stderr } = run([SCENARIO, logs]);
    expect(stderr).toBe('');
    expect(status).toBe(1);
    const output = JSON.parse(stdout);
    expect(output.replay).toEqual([
      {
        principal: ROLE,
        action: 's3:GetObject',
        allowed: 3,
        explicitDeny: 0,
        implicitDeny: 0,
        lastSeen: '2024-01-04T00:00:00Z',
      },
      {
        principal: ROLE,
        action: 's3:PutObject',
        allowed: 0,
        explicitDeny: 0,
        implicitDeny: 1,
        lastSeen: '2024-01-02T00:00:00Z',
      },
    ]);
    expect(output.differences).toEqual([
      {
        eventID: 'e0000003-0000-4000-8000-000000000000',
        principal: SESSION,
        eventSource: 's3.amazonaws.com',
        eventName: 'PutObject',
        actions: ['s3:PutObject'],
        resources: ['arn:aws:s3:::reports/q1.csv'],
        recorded: 'success',
        simulated: 'implicitDeny',
        difference: 'would-break',
        count: 1,
        firstSeen: '2024-01-02T00:00:00Z',
        lastSeen: '2024-01-02T00:00:00Z',
        matchedStatements: [],
      },
      {
        eventID: 'e0000004-0000-4000-8000-000000000000',
        principal: SESSION,
        eventSource: 's3.amazonaws.com',
        eventName: 'GetObject',
        actions: ['s3:GetObject'],
        resources: ['arn:aws:s3:::reports/q2.csv'],
        recorded: 'AccessDenied',
        simulated: 'allowed',
        difference: 'allowed-but-denied',
        count: 1,
        firstSeen: '2024-01-04T00:00:00Z',
        lastSeen: '2024-01-04T00:00:00Z',
        matchedStatements: [
          { policyId: 'reports', statementIndex: 0, sid: 'Read', effect: 'Allow' },
        ],
      },
    ]);
    expect(output.unmapped).toEqual([
      {
        eventSource: 's3.amazonaws.com',
        eventName: 'NotAnOperation',
        count: 1,
        reason: expect.stringContaining('NotAnOperation'),
      },
    ]);
    expect(output.summary).toEqual({
      events: 5,
      replayed: 4,
      unmapped: 1,
      allowed: 3,
      explicitDeny: 0,
      implicitDeny: 1,
      wouldBreak: 1,
      allowedButDenied: 1,
    });
  });

  it("replays against an account's policies (get-account-authorization-details), logs from standard input; exit 0 when nothing would break", () => {
    const allowed = JSON.stringify({ Records: [bobCall('s3.amazonaws.com', 'ListBuckets')] });
    const ok = run([GAAD_FIXTURE, '-'], allowed);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).replay).toEqual([
      {
        principal: 'arn:aws:iam::123456789012:user/Bob',
        action: 's3:ListAllMyBuckets',
        allowed: 1,
        explicitDeny: 0,
        implicitDeny: 0,
        lastSeen: '2014-03-06T21:22:54Z',
      },
    ]);

    // Bob's inline policy denies iam:* (the AWS managed AdministratorAccess of his group allows it).
    const denied = logFile('bob.json', [bobCall('iam.amazonaws.com', 'ListUsers')]);
    const broken = run([GAAD_FIXTURE, denied]);
    expect(broken.status).toBe(1);
    expect(JSON.parse(broken.stdout).differences).toMatchObject([
      {
        eventName: 'ListUsers',
        simulated: 'explicitDeny',
        difference: 'would-break',
        matchedStatements: [
          {
            policyId: 'arn:aws:iam::123456789012:user/Bob#DenyBillingAndIAMPolicy',
            effect: 'Deny',
          },
        ],
      },
    ]);
  });

  it('exits 2 with a located message for logs that are not CloudTrail, a scenario with an error, no logs, or - twice', () => {
    const notCloudTrail = file(
      'notification.json',
      '{"Records":[{"eventName":"ObjectCreated:Put","s3":{}}]}',
    );
    const bad = run([SCENARIO, notCloudTrail]);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain(`iam-policy-studio replay: ${notCloudTrail}`);

    const broken = file('broken.json', '{"format": "iam-policy-studio/scenario@1", "policies": [}');
    const unreadable = run([broken, LOG_FILE]);
    expect(unreadable.status).toBe(2);
    expect(unreadable.stderr).toMatch(new RegExp(`^${broken}:1:\\d+: error`));

    const none = runCli(['replay', SCENARIO]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('no logs');

    const twice = run(['-', '-'], '{}');
    expect(twice.status).toBe(2);
    expect(twice.stderr).toContain('not both');
  });
});
