/**
 * Credential-report findings as a JSON corpus (./__fixtures__/credentials-*.json), written from the
 * IAM User Guide's "Understanding the report format" and the CIS AWS Foundations Benchmark
 * independently of the rules. Each case is one row (the file's baseRow with the case's cells),
 * read through readCredentialReport as a CSV, and expects every finding code of that row; its
 * `why` cites the page. Every rule must have a case that finds it and a near miss that does not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { credentialFindings } from './credential-findings.ts';
import { CREDENTIAL_RULES } from './credential-rules/registry.ts';
import { readCredentialReport } from './read-report.ts';
import { REPORT_COLUMNS } from './report-columns.ts';
import type { CredentialThresholds } from './thresholds.ts';

interface FixtureCase {
  id: string;
  why: string;
  cells: Record<string, string>;
  expect: string[];
  /** Codes this case is a near miss of: close to a finding of theirs, and none expected. */
  nearMiss?: string[];
}

interface Fixture {
  now: string;
  privilegedUsers?: string[];
  thresholds?: Partial<CredentialThresholds>;
  baseRow: Record<string, string>;
  cases: FixtureCase[];
}

const FIXTURES = new URL('./__fixtures__/', import.meta.url);
/** The corpus must not silently shrink. */
const MIN_CASES = 35;

const files = readdirSync(FIXTURES)
  .filter((name) => name.startsWith('credentials-') && name.endsWith('.json'))
  .sort();
const fixtures = files.map((file) => ({
  file,
  fixture: JSON.parse(readFileSync(new URL(file, FIXTURES), 'utf8')) as Fixture,
}));
const cases = fixtures.flatMap(({ fixture }) => fixture.cases);

function csvOf(row: Record<string, string>): string {
  return `${REPORT_COLUMNS.join(',')}\n${REPORT_COLUMNS.map((column) => row[column]).join(',')}\n`;
}

it(`the corpus holds at least ${MIN_CASES} cases`, () => {
  expect(cases.length).toBeGreaterThanOrEqual(MIN_CASES);
});

it('every rule has a case that finds it and a near miss', () => {
  for (const { code } of CREDENTIAL_RULES) {
    expect(
      cases.some((item) => item.expect.includes(code)),
      `a case finding ${code}`,
    ).toBe(true);
    expect(
      cases.some((item) => item.nearMiss?.includes(code)),
      `a near miss of ${code}`,
    ).toBe(true);
  }
});

for (const { file, fixture } of fixtures) {
  describe(file, () => {
    it('its base row has the 22 columns of the report and no other', () => {
      expect(Object.keys(fixture.baseRow)).toEqual([...REPORT_COLUMNS]);
    });

    for (const item of fixture.cases) {
      it(`${item.id}: ${item.expect.join(', ') || 'no finding'} (${item.why})`, () => {
        expect(item.nearMiss?.some((code) => item.expect.includes(code)) ?? false).toBe(false);
        const row = { ...fixture.baseRow, ...item.cells };
        expect(Object.keys(row)).toEqual([...REPORT_COLUMNS]);
        const read = readCredentialReport(csvOf(row));
        if (!read.ok) throw new Error(JSON.stringify(read.errors));
        const findings = credentialFindings(read.report, {
          now: new Date(fixture.now),
          thresholds: fixture.thresholds,
          privilegedUsers: fixture.privilegedUsers,
        });
        expect(findings.map((finding) => finding.code).sort()).toEqual([...item.expect].sort());
        for (const finding of findings) {
          expect(finding.user).toBe(row.user);
          // The evidence is the row's own cells.
          for (const [column, cell] of Object.entries(finding.evidence))
            expect(cell).toBe(row[column]);
        }
      });
    }
  });
}
