import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli, SPAWN_TIMEOUT, tempFolder } from './test-support.ts';

vi.setConfig({ testTimeout: SPAWN_TIMEOUT });

const CORE = join(import.meta.dirname, '..', 'core');
const ALARM_RECORDS = join(CORE, 'practices', '__fixtures__', 'alarm-records.json');
const LOG_FILE = join(CORE, 'cloudtrail', '__fixtures__', 'log-file.json');
const ATHENA = join(CORE, 'cloudtrail', '__fixtures__', 'athena.csv');
const { file } = tempFolder();

/** CloudWatch.3's pattern (Security Hub User Guide, "Security Hub controls for Amazon CloudWatch"). */
const NO_MFA =
  '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }';

describe('iam-policy-studio filter-test PATTERN LOGS...', () => {
  it('prints the eventIDs of the events the pattern matches, over files and standard input', () => {
    const { status, stdout, stderr } = runCli(
      ['filter-test', '{ $.userIdentity.type = "Root" }', ALARM_RECORDS, '-'],
      readFileSync(LOG_FILE, 'utf8'),
    );
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      matched: 3,
      events: [
        'e0000000-0000-4000-8000-000000000004',
        'e0000000-0000-4000-8000-000000000005',
        'c3000000-0000-4000-8000-000000000009',
      ],
      tested: 33,
    });
  });

  it('a CIS pattern: the console sign-in without MFA, not the one with MFA or the failed one', () => {
    const { status, stdout } = runCli(['filter-test', NO_MFA, ALARM_RECORDS]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      matched: 1,
      events: ['e0000000-0000-4000-8000-000000000001'],
      tested: 20,
    });
  });

  it('counts the events read without their record (Athena rows) as untested', () => {
    const rows = file(
      'athena.csv',
      readFileSync(ATHENA, 'utf8').split('\n').slice(0, 3).join('\n'),
    );
    const { status, stdout } = runCli(['filter-test', '{ $.eventName = * }', rows]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ matched: 0, tested: 0, untested: 2 });
  });

  it('exits 2 with the syntax error located under the pattern', () => {
    const { status, stdout, stderr } = runCli(['filter-test', '{ $.eventName = }', ALARM_RECORDS]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      [
        'iam-policy-studio filter-test: error: PATTERN column 17: expected a value but found }',
        '  { $.eventName = }',
        '                  ^',
        '',
      ].join('\n'),
    );
  });

  it('exits 2 naming a file that is not CloudTrail, and without logs', () => {
    const notTrail = file('not-trail.json', '{"Items": []}');
    const bad = runCli(['filter-test', '{ $.a = 1 }', notTrail]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(`${notTrail}`);
    const none = runCli(['filter-test', '{ $.a = 1 }']);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('give the log files, folders or - after PATTERN');
  });
});
