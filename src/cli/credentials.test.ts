import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli, SPAWN_TIMEOUT, tempFolder } from './test-support.ts';

const { file } = tempFolder();
vi.setConfig({ testTimeout: SPAWN_TIMEOUT });

const FIXTURES = join(import.meta.dirname, '..', 'core', 'practices', '__fixtures__');
/** The report as `aws iam get-credential-report` prints it, generated 2026-12-01T00:00:00+00:00. */
const OUTPUT = join(FIXTURES, 'credential-report.json');
const CSV = join(FIXTURES, 'credential-report.csv');
/** admin is allowed "*" on "*"; dev may put a policy on itself; reader reads S3. */
const ACCOUNT = join(FIXTURES, 'credential-report-account.json');
const { findings: CREDENTIAL_REPORT_FINDINGS } = JSON.parse(
  readFileSync(join(FIXTURES, 'credential-report-findings.json'), 'utf8'),
) as { findings: string[] };

const run = (args: string[], input?: string) => runCli(['credentials', ...args], input);

interface Output {
  findings: {
    code: string;
    severity: string;
    user: string;
    evidence: Record<string, string>;
    remedy: string;
  }[];
  summary: {
    users: number;
    findings: number;
    bySeverity: Record<string, number>;
    byCode: Record<string, number>;
    now: string;
    thresholds: Record<string, { days: number; source: string }>;
    privilegedUsers: string[] | null;
  };
}

const parse = (stdout: string) => JSON.parse(stdout) as Output;
const found = (output: Output) => output.findings.map(({ user, code }) => `${user} ${code}`);

describe('iam-policy-studio credentials', () => {
  it('reads the get-credential-report output and exits 1 for the root user used 5 days ago without MFA', () => {
    const result = run([OUTPUT]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const output = parse(result.stdout);
    expect(found(output)).toEqual(CREDENTIAL_REPORT_FINDINGS);
    expect(output.findings[1]).toEqual({
      code: 'root-without-mfa',
      severity: 'high',
      user: '<root_account>',
      arn: 'arn:aws:iam::123456789012:root',
      line: 2,
      message: 'The root user has no MFA device',
      evidence: { mfa_active: 'false' },
      remedy: expect.stringContaining('hardware'),
      source: expect.stringContaining('1.5'),
    });
  });

  it('summarises per severity and code, with the report time as now and the CIS defaults named', () => {
    const { summary } = parse(run([OUTPUT]).stdout);
    expect(summary).toMatchObject({
      users: 4,
      findings: 6,
      bySeverity: { high: 2, medium: 2, low: 2 },
      now: '2026-12-01T00:00:00.000Z',
      privilegedUsers: null,
    });
    expect(Object.keys(summary.byCode)).toHaveLength(11);
    expect(summary.byCode['password-unused']).toBe(0);
    expect(summary.byCode['two-active-keys']).toBe(1);
    expect(summary.thresholds.unusedDays).toEqual({
      days: 45,
      source:
        'CIS AWS Foundations Benchmark v3.0.0 1.12 "Ensure credentials unused for 45 days or greater are disabled"',
    });
  });

  it('finds the privileged users without MFA through --account', () => {
    const output = parse(run([OUTPUT, '--account', ACCOUNT]).stdout);
    expect(found(output).filter((line) => line.endsWith('privileged-without-mfa'))).toEqual([
      'admin privileged-without-mfa',
      'dev privileged-without-mfa',
    ]);
    expect(output.summary.privilegedUsers).toEqual([
      'arn:aws:iam::123456789012:user/admin',
      'arn:aws:iam::123456789012:user/dev',
    ]);
  });

  it('counts ages from --now, and takes thresholds in days', () => {
    const later = run([CSV, '--now', '2027-03-01T00:00:00Z', '--rotation-days', '400']);
    const output = parse(later.stdout);
    expect(later.status).toBe(1);
    expect(found(output)).toContain('reader password-unused');
    expect(found(output)).not.toContain('<root_account> root-used-recently');
    expect(found(output)).not.toContain('dev access-key-not-rotated');
    expect(output.summary.thresholds.keyRotationDays).toEqual({
      days: 400,
      source: 'given: --rotation-days',
    });
  });

  it('exits 0 when no finding is high, reading the CSV from standard input', () => {
    const csv = readFileSync(CSV, 'utf8').split('\n');
    const reader = `${csv[0]}\n${csv[4]}\n`;
    const result = run(['-', '--now', '2026-12-01T00:00:00Z'], reader);
    expect(result.status).toBe(0);
    expect(parse(result.stdout).findings).toEqual([]);
  });

  it('exits 2 with FILE:LINE for a row of the wrong width and a header that differs', () => {
    const csv = readFileSync(CSV, 'utf8').split('\n');
    const wide = file('wide.csv', `${csv[0]}\n${csv[1]}\n${csv[2]},extra\n`);
    const result = run([wide]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `${wide}:3: error: the row has 23 cells, the credential report 22 columns\n`,
    );
    const header = file('header.csv', `${csv[0]!.replace(',arn,', ',ARN,')}\n${csv[1]}\n`);
    expect(run([header]).stderr).toMatch(
      new RegExp(
        `^${header}:1: error: the header's column 2 is "ARN", where column 2 of the credential report is "arn"`,
      ),
    );
  });

  it('exits 2 for a decoded Content row at the line of Content', () => {
    const output = JSON.parse(readFileSync(OUTPUT, 'utf8')) as { Content: string };
    const csv = Buffer.from(output.Content, 'base64').toString('utf8');
    const broken = Buffer.from(csv.replace(',iam,', ',iam,extra,')).toString('base64');
    const path = file('broken.json', JSON.stringify({ ...output, Content: broken }, null, 4));
    const result = run([path]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `${path}:2: error: Content, decoded, line 3: the row has 23 cells, the credential report 22 columns\n`,
    );
  });

  it('exits 2 for bad options and an account that cannot be read', () => {
    expect(run([OUTPUT, '--now', 'yesterday']).stderr).toBe(
      'iam-policy-studio credentials: error: argument 3: --now "yesterday" is not an ISO 8601 date-time, e.g. 2026-12-01T00:00:00Z\n',
    );
    expect(run([OUTPUT, '--since', '3']).status).toBe(2);
    expect(run([OUTPUT, '--unused-days', 'many']).stderr).toContain(
      'is not a whole number of days',
    );
    const account = file('account.json', '{"UserDetailList": [');
    const result = run([OUTPUT, '--account', account]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(new RegExp(`^${account}:1:\\d+: error: `));
  });
});
