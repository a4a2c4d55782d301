import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accountEscalations } from '../account/escalations.ts';
import { readAccountDetailsText } from '../account/gaad.ts';
import { credentialFindings } from './credential-findings.ts';
import { privilegedUserArns } from './privileged-users.ts';
import { readCredentialReport } from './read-report.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');

const read = readCredentialReport(fixture('credential-report.csv'));
if (!read.ok) throw new Error(JSON.stringify(read.errors));
const { report } = read;
const NOW = new Date('2026-12-01T00:00:00Z');

/** admin is allowed "*" on "*"; dev may put a policy on itself (iam:PutUserPolicy); reader reads S3. */
function privilegedOfAccount(): string[] {
  const account = readAccountDetailsText(fixture('credential-report-account.json'));
  if (!account.ok) throw new Error(account.message);
  return privilegedUserArns(account.account, accountEscalations(account.account, { now: NOW }));
}

describe('privilegedUserArns', () => {
  it('is the admin-equivalent users and those with an escalation path', () => {
    expect(privilegedOfAccount().sort()).toEqual([
      'arn:aws:iam::123456789012:user/admin',
      'arn:aws:iam::123456789012:user/dev',
    ]);
  });

  it('leaves out roles, which the credential report does not list', () => {
    const account = { users: [{ arn: 'arn:aws:iam::1:user/u' }] };
    const escalations = {
      admins: ['arn:aws:iam::1:role/admin', 'arn:aws:iam::1:user/u'],
      paths: [],
    };
    expect(privilegedUserArns(account as never, escalations)).toEqual(['arn:aws:iam::1:user/u']);
  });
});

describe('credentialFindings', () => {
  it('lists high findings first, then in the report order and the rules order', () => {
    const findings = credentialFindings(report, {
      now: NOW,
      privilegedUsers: privilegedOfAccount(),
    });
    expect(findings.map(({ severity, user, code }) => `${severity} ${user} ${code}`)).toEqual([
      'high <root_account> root-used-recently',
      'high <root_account> root-without-mfa',
      'high admin privileged-without-mfa',
      'high dev privileged-without-mfa',
      'medium dev console-without-mfa',
      'medium dev access-key-not-rotated',
      'low dev access-key-never-used',
      'low dev two-active-keys',
    ]);
  });

  it('gives each finding its evidence cells, line, remedy and source', () => {
    const [rootUse] = credentialFindings(report, { now: NOW });
    expect(rootUse).toEqual({
      code: 'root-used-recently',
      severity: 'high',
      user: '<root_account>',
      arn: 'arn:aws:iam::123456789012:root',
      line: 2,
      message: 'The root user was used 5 days ago (password_last_used), within 90 days',
      evidence: {
        password_last_used: '2026-11-25T10:12:00+00:00',
        access_key_1_last_used_date: 'N/A',
        access_key_2_last_used_date: 'N/A',
      },
      remedy: expect.stringMatching(/^Use an IAM role/),
      source: expect.stringMatching(/^CIS AWS Foundations Benchmark v3\.0\.0 1\.7 /),
    });
  });

  it('counts ages from the now it is given', () => {
    const later = credentialFindings(report, { now: new Date('2027-06-01T00:00:00Z') });
    const codes = later.map(({ user, code }) => `${user} ${code}`);
    expect(codes).not.toContain('<root_account> root-used-recently');
    expect(codes).toContain('reader password-unused');
    expect(codes).toContain('admin access-key-unused');
  });

  it('finds no privileged user without the account', () => {
    const findings = credentialFindings(report, { now: NOW });
    expect(findings.some((finding) => finding.code === 'privileged-without-mfa')).toBe(false);
  });
});
