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

  it('filters a sorted list into what sorting the filtered list gives, for every column and filter', () => {
    const many = Array.from({ length: 60 }, (_, index) =>
      finding(
        ['dev', 'Admin', 'reader', 'ops-dev'][index % 4]!,
        ['console-without-mfa', 'two-active-keys', 'password-unused'][index % 3]!,
        (['high', 'medium', 'low'] as const)[index % 3]!,
        60 - index,
      ),
    );
    const filters = [
      NO_FINDINGS_FILTER,
      { ...NO_FINDINGS_FILTER, user: 'DEV' },
      { ...NO_FINDINGS_FILTER, severity: 'low' as const, user: 'user/' },
      { ...NO_FINDINGS_FILTER, code: 'two-active-keys' },
    ];
    for (const column of ['severity', 'code', 'user', 'line'] as const) {
      for (const descending of [false, true]) {
        for (const filter of filters) {
          const sort = { column, descending };
          expect(filterFindings(sortFindings(many, sort), filter)).toEqual(
            sortFindings(filterFindings(many, filter), sort),
          );
        }
      }
    }
  });
});
