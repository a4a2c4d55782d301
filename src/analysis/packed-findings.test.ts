import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { largeCredentialReport } from '../../e2e/fixtures/practices-large-report.ts';
import { CREDENTIAL_RULES } from '../core/index.ts';
import { packFindings, unpackFindings } from './packed-findings.ts';
import { credentialReportJob, packReport, unpackReport } from './practices-jobs.ts';

const FIXTURES = join(import.meta.dirname, '..', 'core', 'practices', '__fixtures__');

interface CorpusFile {
  privilegedUsers?: string[];
  baseRow: Record<string, string>;
  cases: { cells: Record<string, string> }[];
}

/** One report of every row of the credential-report corpus: every rule finds something in it. */
function corpusFindings() {
  const files = ['credentials-users.json', 'credentials-root.json'].map(
    (name) => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as CorpusFile,
  );
  const columns = Object.keys(files[0]!.baseRow);
  const rows = files.flatMap(({ baseRow, cases }) =>
    cases.map(({ cells }) => columns.map((column) => cells[column] ?? baseRow[column]).join(',')),
  );
  const output = credentialReportJob({
    text: `${[columns.join(','), ...rows].join('\n')}\n`,
    thresholds: {},
    privilegedUsers: files.flatMap((file) => file.privilegedUsers ?? []),
    fallbackNow: Date.parse('2026-12-01T00:00:00Z'),
  });
  if (!output.ok) throw new Error(JSON.stringify(output.errors));
  return output.findings;
}

function largeReportOutput() {
  const output = credentialReportJob({
    text: largeCredentialReport(2_000),
    thresholds: {},
    fallbackNow: Date.parse('2026-12-01T00:00:00Z'),
  });
  if (!output.ok) throw new Error('the report was not read');
  return output;
}

describe('packed credential findings', () => {
  it('unpack to the findings packed, their keys in the same order (the JSON export)', () => {
    const { findings } = largeReportOutput();
    const unpacked = unpackFindings(packFindings(findings));
    expect(unpacked).toEqual(findings);
    expect(JSON.stringify(unpacked)).toBe(JSON.stringify(findings));
  });

  it('hold each text that repeats once, so a structured clone of them is a fraction of the findings’', () => {
    const { findings } = largeReportOutput();
    const packed = packFindings(findings);
    const repeated = new Set(
      findings.flatMap(({ code, severity, message, remedy, source }) => [
        code,
        severity,
        message,
        remedy,
        source,
      ]),
    );
    expect(packed.texts).toHaveLength(repeated.size);
    const columnLists = new Set(findings.map(({ evidence }) => Object.keys(evidence).join(' ')));
    expect(packed.columnLists).toHaveLength(columnLists.size);
    expect(serialize(packed).length).toBeLessThan(serialize(findings).length / 2);
  });

  it('keep the findings of every credential rule as the core writes them, evidence included', () => {
    const findings = corpusFindings();
    expect(new Set(findings.map((finding) => finding.code)).size).toEqual(CREDENTIAL_RULES.length);
    expect(JSON.stringify(unpackFindings(packFindings(findings)))).toBe(JSON.stringify(findings));
    expect(unpackFindings(packFindings([]))).toEqual([]);
  });

  it('pack a report read and leave a report that was not read as it is', () => {
    const output = largeReportOutput();
    expect(unpackReport(packReport(output))).toEqual(output);
    const unread = credentialReportJob({ text: 'not,a,report\n', thresholds: {}, fallbackNow: 0 });
    expect(unread.ok).toBe(false);
    expect(packReport(unread)).toBe(unread);
  });
});
