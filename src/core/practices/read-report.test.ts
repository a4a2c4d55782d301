import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCredentialReport } from './read-report.ts';
import { REPORT_COLUMNS } from './report-columns.ts';
import type { ReadReportResult } from './report-model.ts';

/**
 * A report of the root user and three IAM users written from the IAM User Guide's "Understanding
 * the report format" (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html),
 * and the same report as `aws iam get-credential-report` prints it (GetCredentialReport: Content
 * in base64, ReportFormat text/csv, GeneratedTime).
 */
const CSV = readFileSync(new URL('./__fixtures__/credential-report.csv', import.meta.url), 'utf8');
const OUTPUT = readFileSync(
  new URL('./__fixtures__/credential-report.json', import.meta.url),
  'utf8',
);
const [HEADER, ROOT_ROW, ADMIN_ROW] = CSV.split('\n') as [string, string, string];

function errorsOf(read: ReadReportResult) {
  return read.ok ? [] : read.errors;
}

describe('the shapes a credential report comes in', () => {
  it('the page lists 22 columns, as the issue counts them', () => {
    expect(REPORT_COLUMNS).toHaveLength(22);
    expect(HEADER.split(',')).toEqual([...REPORT_COLUMNS]);
  });

  it('reads the get-credential-report output, its base64 Content alone, and the decoded CSV alike', () => {
    const fromOutput = readCredentialReport(OUTPUT);
    const content = (JSON.parse(OUTPUT) as { Content: string }).Content;
    const fromContent = readCredentialReport(content);
    const fromCsv = readCredentialReport(CSV);
    if (!fromOutput.ok || !fromContent.ok || !fromCsv.ok) throw new Error('unread');
    expect(fromOutput.report.generatedTime).toBe('2026-12-01T00:00:00+00:00');
    expect(fromCsv.report.users).toEqual(fromOutput.report.users);
    expect(fromContent.report.users).toEqual(fromOutput.report.users);
    expect(fromCsv.report.users.map((user) => user.user)).toEqual([
      '<root_account>',
      'admin',
      'dev',
      'reader',
    ]);
  });

  it('reads base64 broken over lines, Windows line ends and a byte order mark', () => {
    const content = btoa(CSV).replace(/.{76}/g, '$&\n');
    const read = readCredentialReport(JSON.stringify({ Content: content }));
    expect(read.ok && read.report.users.length).toBe(4);
    const windows = readCredentialReport(`\uFEFF${CSV.replace(/\n/g, '\r\n')}`);
    expect(windows.ok && windows.report.users.map((user) => user.line)).toEqual([2, 3, 4, 5]);
  });
});

describe('the typed model', () => {
  const read = readCredentialReport(CSV);
  const users = read.ok ? read.report.users : [];

  it('flags the root user by its <root_account> name, with its not_supported password columns', () => {
    const [root, admin] = users;
    expect(root).toMatchObject({
      root: true,
      arn: 'arn:aws:iam::123456789012:root',
      passwordEnabled: 'not_supported',
      passwordLastUsed: Date.parse('2026-11-25T10:12:00Z'),
      passwordLastChanged: 'not_supported',
      passwordNextRotation: 'not_supported',
      mfaActive: false,
      line: 2,
    });
    expect(admin).toMatchObject({ root: false, passwordEnabled: false, passwordLastUsed: 'N/A' });
  });

  it('reads each access key and certificate, its dates as epoch milliseconds and N/A kept', () => {
    const dev = users[2]!;
    expect(dev.accessKeys).toEqual([
      {
        number: 1,
        active: true,
        lastRotated: Date.parse('2026-06-01T00:00:00Z'),
        lastUsedDate: Date.parse('2026-11-29T17:41:00Z'),
        lastUsedRegion: 'eu-west-1',
        lastUsedService: 'lambda',
      },
      {
        number: 2,
        active: true,
        lastRotated: Date.parse('2026-11-10T00:00:00Z'),
        lastUsedDate: 'N/A',
        lastUsedRegion: 'N/A',
        lastUsedService: 'N/A',
      },
    ]);
    expect(dev.certificates).toEqual([
      { number: 1, active: false, lastRotated: 'N/A' },
      { number: 2, active: false, lastRotated: 'N/A' },
    ]);
    expect(dev.cells.access_key_1_last_used_service).toBe('lambda');
  });

  it('reads no_information, the value of a password never used', () => {
    const row = ADMIN_ROW.replace('false,N/A,N/A,N/A,false', 'true,no_information,N/A,N/A,false');
    const never = readCredentialReport(`${HEADER}\n${row}\n`);
    expect(never.ok && never.report.users[0]!.passwordLastUsed).toBe('no_information');
  });
});

describe('input that is not a credential report, with its line', () => {
  it('a header that differs names the column and what AWS writes there', () => {
    const header = HEADER.replace('mfa_active', 'mfa');
    expect(errorsOf(readCredentialReport(`${header}\n${ROOT_ROW}\n`))).toEqual([
      {
        line: 1,
        message:
          'the header\'s column 8 is "mfa", where column 8 of the credential report is "mfa_active" (the header must be the report\'s 22 columns in AWS\'s order)',
      },
    ]);
  });

  it('a missing column and a column too many', () => {
    const short = HEADER.replace(/,cert_2_last_rotated$/, '');
    expect(errorsOf(readCredentialReport(`${short}\n`))).toEqual([
      {
        line: 1,
        message:
          'the header has 21 columns, the credential report 22: "cert_2_last_rotated" is missing',
      },
    ]);
    expect(errorsOf(readCredentialReport(`${HEADER},tags\n`))[0]?.message).toBe(
      'the header has 23 columns, the credential report 22: "tags" is not among them',
    );
  });

  it('a row of the wrong width, and a cell that is not a date, each at its line', () => {
    const text = `${HEADER}\n${ROOT_ROW},extra\n${ADMIN_ROW.replace('2026-01-01T00:00:00+00:00', 'yesterday')}\n${ADMIN_ROW}\n`;
    expect(errorsOf(readCredentialReport(text))).toEqual([
      { line: 2, message: 'the row has 23 cells, the credential report 22 columns' },
      {
        line: 3,
        message:
          'user_creation_time is "yesterday": expected an ISO 8601 date-time or one of N/A, no_information, not_supported',
      },
    ]);
  });

  it('a flag that is neither TRUE nor FALSE', () => {
    const row = ADMIN_ROW.replace(',false,true,', ',no,true,');
    expect(errorsOf(readCredentialReport(`${HEADER}\n${row}\n`))[0]?.message).toBe(
      'mfa_active is "no": expected TRUE or FALSE',
    );
  });

  it('a row of the decoded Content is placed at the line of Content, naming its own line', () => {
    const content = btoa(`${HEADER}\n${ROOT_ROW}\n${ADMIN_ROW},x\n`);
    const text = `{\n  "GeneratedTime": "2026-12-01T00:00:00Z",\n  "Content": "${content}"\n}`;
    expect(errorsOf(readCredentialReport(text))).toEqual([
      {
        line: 3,
        message: 'Content, decoded, line 3: the row has 23 cells, the credential report 22 columns',
      },
    ]);
  });

  it('JSON that is not the get-credential-report output', () => {
    expect(errorsOf(readCredentialReport('{"Content": "%%%"}'))[0]?.message).toBe(
      'Content is not base64 (RFC 4648)',
    );
    expect(
      errorsOf(readCredentialReport('{\n"Content": "YQ==",\n"ReportFormat": "text/html"}')),
    ).toEqual([
      { line: 3, message: 'ReportFormat is "text/html": the credential report is text/csv' },
    ]);
    expect(
      errorsOf(readCredentialReport('{"Content": "YQ==",\n"GeneratedTime": "today"}')),
    ).toEqual([{ line: 2, message: 'GeneratedTime is "today": expected an ISO 8601 date-time' }]);
    expect(errorsOf(readCredentialReport('[{"Content": "YQ=="}]'))[0]?.message).toMatch(
      /^not the output of aws iam get-credential-report/,
    );
    expect(errorsOf(readCredentialReport('{\n"Content": '))).toEqual([
      { line: 2, message: 'Invalid JSON: Value expected' },
    ]);
  });

  it('an empty text, and a quote left open', () => {
    expect(errorsOf(readCredentialReport(' \n'))).toEqual([
      { line: 1, message: 'the report is empty' },
    ]);
    expect(errorsOf(readCredentialReport(`${HEADER}\n"${ROOT_ROW}\n`))[0]?.line).toBe(2);
  });
});
