import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CIS_ALARMS, readAccountDetailsText } from '../core/index.ts';
import type { CloudTrailReadOutput } from './cloudtrail-jobs.ts';
import type { JobContext } from './job-runner.ts';
import { credentialReportJob, withPracticesJobs } from './practices-jobs.ts';

const FIXTURES = join(import.meta.dirname, '..', 'core', 'practices', '__fixtures__');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const RECORDS = fixture('alarm-records.json');
const { findings: CREDENTIAL_REPORT_FINDINGS } = JSON.parse(
  fixture('credential-report-findings.json'),
) as { findings: string[] };

const context = <K extends 'cloudTrailRead' | 'alarmEvents'>(): JobContext<K> => ({
  progress: () => undefined,
  checkpoint: () => Promise.resolve(true),
});

/** The practices jobs over a CloudTrail read that numbers its reads and reads nothing else. */
function practicesJobs() {
  let reads = 0;
  return withPracticesJobs({
    cloudTrailRead: () => {
      reads += 1;
      return Promise.resolve({ read: reads } as CloudTrailReadOutput);
    },
  });
}

const alarm = (name: string) => {
  const found = CIS_ALARMS.find((candidate) => candidate.name === name);
  if (!found) throw new Error(name);
  return { id: name, pattern: found.filterPattern };
};

describe('credentialReportJob', () => {
  it('counts ages from the GeneratedTime of the get-credential-report output', () => {
    const output = credentialReportJob({
      text: fixture('credential-report.json'),
      thresholds: {},
      fallbackNow: Date.parse('2030-01-01T00:00:00Z'),
    });
    expect(output).toMatchObject({ ok: true, users: 4, now: '2026-12-01T00:00:00.000Z' });
    if (!output.ok) return;
    expect(output.fromReport).toBe(true);
    expect(output.findings.map(({ user, code }) => `${user} ${code}`)).toEqual(
      CREDENTIAL_REPORT_FINDINGS,
    );
  });

  it('counts the ages of a bare CSV from the time given, with the thresholds and privileged users given', () => {
    const output = credentialReportJob({
      text: fixture('credential-report.csv'),
      thresholds: { keyRotationDays: 400 },
      privilegedUsers: ['arn:aws:iam::123456789012:user/admin'],
      fallbackNow: Date.parse('2026-12-01T00:00:00Z'),
    });
    if (!output.ok) throw new Error('not read');
    expect(output.fromReport).toBe(false);
    const codes = output.findings.map(({ user, code }) => `${user} ${code}`);
    expect(codes).toContain('admin privileged-without-mfa');
    expect(codes).not.toContain('dev access-key-not-rotated');
  });

  it('says at which line a row is not the credential report', () => {
    const [header, root] = fixture('credential-report.csv').split('\n');
    const output = credentialReportJob({
      text: `${header}\n${root},extra\n`,
      thresholds: {},
      fallbackNow: 0,
    });
    expect(output).toEqual({
      ok: false,
      errors: [{ line: 2, message: 'the row has 23 cells, the credential report 22 columns' }],
    });
  });
});

describe('alarmEvents', () => {
  const files = [{ name: 'alarm-records.json', blob: new Blob([RECORDS]) }];

  it('tests each pattern on the records of the files the CloudTrail read kept', async () => {
    const jobs = practicesJobs();
    const read = await jobs.cloudTrailRead(files, context());
    const output = await jobs.alarmEvents(
      {
        read: read!.read,
        patterns: [alarm('ConsoleSignInWithoutMfa'), alarm('CloudTrailConfigurationChanges')],
      },
      context(),
    );
    expect(output?.tested).toBe(20);
    const [signIn, trail] = output!.patterns;
    expect(signIn?.events.map((event) => event.eventId)).toEqual([
      'e0000000-0000-4000-8000-000000000001',
    ]);
    expect(signIn?.events[0]).toMatchObject({
      eventName: 'ConsoleLogin',
      caller: 'arn:aws:iam::123456789012:user/JohnDoe',
    });
    expect(trail).toMatchObject({ matched: 1, events: [{ eventName: 'StopLogging' }] });
  });

  it('gives a pattern its located syntax error, and nothing for logs read again since', async () => {
    const jobs = practicesJobs();
    await jobs.cloudTrailRead(files, context());
    const output = await jobs.alarmEvents(
      { read: 1, patterns: [{ id: 'mine', pattern: '{ $.eventName = }' }] },
      context(),
    );
    expect(output?.patterns[0]).toMatchObject({
      matched: 0,
      error: expect.stringMatching(/^column 17: /),
    });
    await jobs.cloudTrailRead(files, context());
    expect(await jobs.alarmEvents({ read: 1, patterns: [] }, context())).toBeNull();
  });
});

describe('practiceChecklist', () => {
  const stateOf = (output: { checklist: { id: string; state: string }[] }, id: string) =>
    output.checklist.find((item) => item.id === id)?.state;

  it('asks for every input before anything is read', async () => {
    const output = await practicesJobs().practiceChecklist({ thresholds: {}, fallbackNow: 0 });
    expect(output.checked).toEqual([]);
    expect(new Set(output.checklist.map((item) => item.state))).toEqual(new Set(['not-checked']));
  });

  it('judges the practices from the report read last, the account given and the logs kept', async () => {
    const jobs = practicesJobs();
    jobs.credentialReport({
      text: fixture('credential-report.json'),
      thresholds: {},
      fallbackNow: 0,
    });
    const read = await jobs.cloudTrailRead(
      [{ name: 'alarm-records.json', blob: new Blob([RECORDS]) }],
      context(),
    );
    const gaad = readAccountDetailsText(fixture('credential-report-account.json'));
    if (!gaad.ok) throw new Error('account not read');
    const output = await jobs.practiceChecklist({
      account: gaad.account,
      thresholds: {},
      read: read!.read,
      fallbackNow: 0,
    });
    expect(output.checked).toEqual(['credential-report', 'account', 'cloudtrail']);
    expect(stateOf(output, 'protect-root-user')).toBe('fail');
    const found = Object.assign({}, ...output.checklist.map((item) => item.found)) as Record<
      string,
      number
    >;
    // The account's escalation analysis ran in the job: admin and dev are privileged.
    expect(found['privileged-without-mfa']).toBeGreaterThan(0);
    // JohnDoe signed in without MFA in the logs.
    expect(found['console-sign-in-without-mfa']).toBeGreaterThan(0);
    // Listed: the logs' and the account's findings; the findings table lists the report's.
    const codes = new Set(output.findings.map((finding) => finding.code));
    expect(codes).toContain('console-sign-in-without-mfa');
    expect(output.findings.filter((finding) => finding.input === 'credential-report')).toEqual([]);
  });

  it('forgets a report that was not read', async () => {
    const jobs = practicesJobs();
    jobs.credentialReport({
      text: fixture('credential-report.json'),
      thresholds: {},
      fallbackNow: 0,
    });
    jobs.credentialReport({ text: 'not a report', thresholds: {}, fallbackNow: 0 });
    const output = await jobs.practiceChecklist({ thresholds: {}, fallbackNow: 0 });
    expect(output.checked).toEqual([]);
  });
});
