import { describe, expect, it } from 'vitest';
import type { CredentialFinding } from '../../../core/index.ts';
import { NO_FINDINGS_FILTER } from '../../../store/practices-slice.ts';
import { countsByCode, filterFindings, sortFindings } from './findings-table.ts';

const finding = (
  user: string,
  code: string,
  severity: CredentialFinding['severity'],
  line: number,
): CredentialFinding => ({
  code,
  severity,
  user,
  arn: `arn:aws:iam::123456789012:user/${user}`,
  line,
  message: '',
  evidence: {},
  remedy: '',
  source: '',
});

const FINDINGS = [
  finding('dev', 'console-without-mfa', 'high', 3),
  finding('Admin', 'two-active-keys', 'low', 2),
  finding('dev', 'access-key-not-rotated', 'medium', 3),
  finding('reader', 'password-unused', 'low', 4),
];
const names = (list: CredentialFinding[]) => list.map((f) => `${f.user} ${f.code}`);

describe('findings table', () => {
  it('filters by severity, code and a user name or ARN, ignoring case', () => {
    expect(names(filterFindings(FINDINGS, { ...NO_FINDINGS_FILTER, severity: 'low' }))).toEqual([
      'Admin two-active-keys',
      'reader password-unused',
    ]);
    expect(
      names(filterFindings(FINDINGS, { ...NO_FINDINGS_FILTER, code: 'access-key-not-rotated' })),
    ).toEqual(['dev access-key-not-rotated']);
    expect(names(filterFindings(FINDINGS, { ...NO_FINDINGS_FILTER, user: 'admin' }))).toEqual([
      'Admin two-active-keys',
    ]);
    expect(names(filterFindings(FINDINGS, { ...NO_FINDINGS_FILTER, user: 'user/read' }))).toEqual([
      'reader password-unused',
    ]);
  });

  it('sorts by a column either way, ties in the order given', () => {
    expect(names(sortFindings(FINDINGS, { column: 'severity', descending: false }))).toEqual([
      'dev console-without-mfa',
      'dev access-key-not-rotated',
      'Admin two-active-keys',
      'reader password-unused',
    ]);
    expect(names(sortFindings(FINDINGS, { column: 'line', descending: true }))).toEqual([
      'reader password-unused',
      'dev console-without-mfa',
      'dev access-key-not-rotated',
      'Admin two-active-keys',
    ]);
    expect(names(sortFindings(FINDINGS, { column: 'code', descending: false }))[0]).toBe(
      'dev access-key-not-rotated',
    );
  });

  it('counts every code asked, 0 for those with no finding', () => {
    const counts = countsByCode(
      [...FINDINGS, FINDINGS[0]!],
      ['console-without-mfa', 'root-access-key'],
    );
    expect(counts.get('console-without-mfa')).toBe(2);
    expect(counts.get('root-access-key')).toBe(0);
  });
});
