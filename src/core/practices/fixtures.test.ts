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
import { corpusProblems, type CorpusCase } from './fixture-corpus.ts';
import { readCredentialReport } from './read-report.ts';
import { REPORT_COLUMNS } from './report-columns.ts';
import type { CredentialThresholds } from './thresholds.ts';

interface FixtureCase extends CorpusCase {
  cells: Record<string, string>;
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

it(`holds at least ${MIN_CASES} cases, each rule found and nearly missed`, () => {
  expect(corpusProblems(cases, CREDENTIAL_RULES, MIN_CASES)).toEqual([]);
});

for (const { file, fixture } of fixtures) {
  describe(file, () => {
    it('its base row has the 22 columns of the report and no other', () => {
      expect(Object.keys(fixture.baseRow)).toEqual([...REPORT_COLUMNS]);
    });

    for (const item of fixture.cases) {
      it(`${item.id}: ${item.expect.join(', ') || 'no finding'} (${item.why})`, () => {
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
