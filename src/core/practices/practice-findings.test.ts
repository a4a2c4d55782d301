import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAccountDetailsText } from '../account/gaad.ts';
import type { Account } from '../account/model.ts';
import { readCloudTrail } from '../cloudtrail/import.ts';
import { CloudTrailActivityCollector } from './cloudtrail-rules/activity.ts';
import { practiceFindings } from './practice-findings.ts';
import { readCredentialReport } from './read-report.ts';

const text = (url: URL) => readFileSync(url, 'utf8');
const practicesFixture = (name: string) => new URL(`./__fixtures__/${name}`, import.meta.url);
const cloudTrailFixture = (name: string) =>
  new URL(`../cloudtrail/__fixtures__/${name}`, import.meta.url);

const NOW = new Date('2026-12-01T00:00:00Z');

function report() {
  const read = readCredentialReport(text(practicesFixture('credential-report.csv')));
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.report;
}

function account(url: URL): Account {
  const read = readAccountDetailsText(text(url));
  if (!read.ok) throw new Error(read.message);
  return read.account;
}

/** Users admin, dev and reader, each with an inline policy and no group; no role. */
const CREDENTIAL_REPORT_ACCOUNT = practicesFixture('credential-report-account.json');
/** The IAM User Guide's example GAAD output. */
const GAAD = new URL('../account/__fixtures__/gaad.json', import.meta.url);

function activity(name: string) {
  const collector = new CloudTrailActivityCollector();
  readCloudTrail([{ name, content: readFileSync(cloudTrailFixture(name)) }], {
    onEvent: (event, record) => collector.add(event, record),
  });
  return collector.result();
}

const summary = (findings: { severity: string; input: string; code: string; name: string }[]) =>
  findings.map(({ severity, input, code, name }) => `${severity} ${input} ${code} ${name}`);

describe('practiceFindings', () => {
  it('gathers the credential report, account and CloudTrail findings: high first, then by input', () => {
    const result = practiceFindings({
      credentialReport: report(),
      account: account(CREDENTIAL_REPORT_ACCOUNT),
      cloudTrail: activity('log-file.json'),
      now: NOW,
    });
    expect(result.checked).toEqual(['credential-report', 'account', 'cloudtrail']);
    expect(summary(result.findings)).toEqual([
      'high credential-report root-used-recently <root_account>',
      'high credential-report root-without-mfa <root_account>',
      'high credential-report privileged-without-mfa admin',
      'high credential-report privileged-without-mfa dev',
      'high cloudtrail root-activity <root_account>',
      'medium credential-report console-without-mfa dev',
      'medium credential-report access-key-not-rotated dev',
      'low credential-report access-key-never-used dev',
      'low credential-report two-active-keys dev',
      'low account user-direct-policies admin',
      'low account user-direct-policies dev',
      'low account user-direct-policies reader',
      'low account no-support-role 123456789012',
      'low cloudtrail long-term-key-use JohnDoe',
    ]);
  });

  it('keeps a credential-report finding its line, ARN and cells', () => {
    const [first] = practiceFindings({ credentialReport: report(), now: NOW }).findings;
    expect(first).toMatchObject({
      code: 'root-used-recently',
      input: 'credential-report',
      subject: 'arn:aws:iam::123456789012:root',
      line: 2,
      evidence: { password_last_used: '2026-11-25T10:12:00+00:00' },
    });
  });

  it('takes the privileged users given instead of analysing the account', () => {
    const result = practiceFindings({
      credentialReport: report(),
      // The account's analysis finds admin and dev privileged.
      account: account(CREDENTIAL_REPORT_ACCOUNT),
      privilegedUsers: ['arn:aws:iam::123456789012:user/admin'],
      now: NOW,
    });
    expect(
      result.findings
        .filter((finding) => finding.code === 'privileged-without-mfa')
        .map((finding) => finding.name),
    ).toEqual(['admin']);
    expect(result.privilegedKnown).toBe(true);
    expect(practiceFindings({ credentialReport: report(), now: NOW }).privilegedKnown).toBe(false);
  });

  it("counts a role's last use from the now and threshold it is given", () => {
    // EC2role of the IAM User Guide's GAAD example was last used on 2019-11-18.
    const roles = (now: string, roleUnusedDays?: number) =>
      practiceFindings({
        account: account(GAAD),
        now: new Date(now),
        thresholds: { roleUnusedDays },
      })
        .findings.filter((finding) => finding.code === 'role-unused')
        .map((finding) => finding.message);
    expect(roles('2019-12-01T00:00:00Z')).toEqual([]);
    expect(roles('2019-12-01T00:00:00Z', 10)).toEqual([
      'Role EC2role was last used 12 days ago (in us-east-1), 10 days or more',
    ]);
    expect(roles('2020-03-01T00:00:00Z')).toEqual([
      'Role EC2role was last used 103 days ago (in us-east-1), 90 days or more',
    ]);
  });
});

describe('CloudTrailActivityCollector', () => {
  // The CloudTrail fixtures' log file: AWS's documented records, one per userIdentity type.
  const logFile = activity('log-file.json');

  it('counts each event once, a repeated eventID left out', () => {
    expect(logFile.events).toBe(13);
    expect(logFile.eventsWithoutRecord).toBe(0);
  });

  it("keeps the root user's own calls", () => {
    expect(logFile.rootCalls).toEqual([
      {
        caller: 'arn:aws:iam::123456789012:root',
        callerType: 'Root',
        name: '<root_account>',
        eventSource: 'iam.amazonaws.com',
        eventName: 'ListUsers',
        count: 1,
        firstSeen: '2023-05-01T10:00:00Z',
        lastSeen: '2023-05-01T10:00:00Z',
        sampleEventId: 'c3000000-0000-4000-8000-000000000009',
        errorCodes: [],
        sourceIps: ['192.0.2.10'],
        accessKeyIds: [],
      },
    ]);
  });

  it('keeps the access keys of IAM users with the services called, long-term ones marked', () => {
    expect(
      logFile.accessKeys.map(({ name, accessKeyId, longTerm, services, count }) => ({
        name,
        accessKeyId,
        longTerm,
        services,
        count,
      })),
    ).toEqual([
      {
        name: 'Alice',
        accessKeyId: 'EXAMPLE_KEY_ID',
        longTerm: false,
        services: ['ec2', 'cloudtrail'],
        count: 2,
      },
      {
        name: 'JohnDoe',
        accessKeyId: 'AKIAQRSTUVWXYZEXAMPLE',
        longTerm: true,
        services: ['sts'],
        count: 1,
      },
    ]);
  });

  it('reads Athena rows, which have no record, for root calls only', () => {
    const athena = activity('athena.csv');
    expect(athena.eventsWithoutRecord).toBe(athena.events);
    expect(athena.consoleSignIns).toEqual([]);
    expect(athena.accessKeys).toEqual([]);
    expect(athena.rootCalls).toEqual([]);
  });
});
