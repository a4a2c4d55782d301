/**
 * Walks docs/access-analyzer-parity.md, the table of IAM Access Analyzer's 135 policy checks and
 * the lint code that reports each: every code exists, and for every check with a code,
 * __fixtures__/parity/<code>.json holds a policy that gets a finding of that code at the table's
 * severity and a near miss that gets none. The count of checks reported at Access Analyzer's
 * severity, stated in the document, is the table's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PolicyType } from '../scenario/model.ts';
import type { LintSeverity } from './finding.ts';
import { lintPolicy } from './lint-policy.ts';
import { LINT_CODES } from './registry.ts';
import { testCatalog } from './test-catalog.ts';

const TABLE = new URL('../../../docs/access-analyzer-parity.md', import.meta.url);
const FIXTURES = new URL('./__fixtures__/parity/', import.meta.url);

/** The codes of the parser's problems (src/core/policy: parse.ts, policy-checks.ts). */
const PARSER_CODES = [
  'syntax',
  'schema',
  'duplicate-key',
  'condition-key-case',
  'duplicate-sid',
  'missing-version',
  'allow-with-not-principal',
];

const SEVERITY: Record<string, LintSeverity> = {
  error: 'error',
  warning: 'warning',
  'security warning': 'security-warning',
  suggestion: 'suggestion',
};

interface Row {
  check: string;
  severity: LintSeverity;
  /** The lint code, or "not applicable" / "not yet". */
  rule: string;
  code?: string;
  studioSeverity?: LintSeverity;
  notes: string;
}

function readTable(): { rows: Row[]; text: string } {
  const text = readFileSync(TABLE, 'utf8');
  const rows = text
    .split('\n')
    .filter((line) => /^\| [A-Z]/.test(line))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    )
    .filter(([check]) => check !== 'Access Analyzer check')
    .map(([check = '', severity = '', rule = '', studio = '', notes = '']): Row => {
      const code = /^`([a-z0-9-]+)`$/.exec(rule)?.[1];
      const row: Row = { check, severity: SEVERITY[severity]!, rule, notes };
      if (code) row.code = code;
      if (studio) row.studioSeverity = SEVERITY[studio];
      return row;
    });
  return { rows, text };
}

interface ParityCase {
  check: string;
  policyType?: PolicyType;
  /** Lint with the small test service reference. */
  catalog?: boolean;
  /** A policy document, or its text when it must not be valid JSON. */
  trigger: unknown;
  nearMiss: unknown;
}

interface ParityFixture {
  code: string;
  cases: ParityCase[];
}

function readFixtures(): ParityFixture[] {
  return readdirSync(FIXTURES)
    .filter((file) => file.endsWith('.json'))
    .map((file) => {
      const fixture = JSON.parse(readFileSync(new URL(file, FIXTURES), 'utf8')) as ParityFixture;
      expect(`${fixture.code}.json`).toBe(file);
      return fixture;
    });
}

function textOf(document: unknown): string {
  return typeof document === 'string' ? document : JSON.stringify(document, null, 2);
}

function findingsOf(document: unknown, parityCase: ParityCase, code: string) {
  const catalog = parityCase.catalog ? testCatalog() : undefined;
  return lintPolicy(textOf(document), parityCase.policyType ?? 'identity', catalog).filter(
    (finding) => finding.code === code,
  );
}

const { rows, text } = readTable();
const fixtures = readFixtures();
const cases = fixtures.flatMap(({ code, cases: list }) =>
  list.map((parityCase) => ({ code, ...parityCase })),
);
const rowOf = new Map(rows.map((row) => [row.check, row]));

describe('the Access Analyzer parity table', () => {
  it('has one row for each of the 135 checks, each with a known severity and a rule', () => {
    expect(rows).toHaveLength(135);
    expect(rowOf.size).toBe(135);
    for (const row of rows) {
      expect(row.severity, row.check).toBeDefined();
      if (row.code) {
        expect(row.studioSeverity, row.check).toBeDefined();
      } else {
        expect(['not applicable', 'not yet'], row.check).toContain(row.rule);
        expect(row.studioSeverity, row.check).toBeUndefined();
      }
    }
  });

  it('says why a check is not applicable, or reported at another severity', () => {
    const unexplained = rows.filter(
      (row) =>
        (row.rule === 'not applicable' ||
          (row.studioSeverity && row.studioSeverity !== row.severity)) &&
        row.notes === '',
    );
    expect(unexplained.map((row) => row.check)).toEqual([]);
  });

  it('names only codes that lint reports', () => {
    const known = new Set([...LINT_CODES, ...PARSER_CODES]);
    const unknown = rows.filter((row) => row.code && !known.has(row.code));
    expect(unknown.map((row) => `${row.check}: ${row.code}`)).toEqual([]);
  });

  it('has a triggering policy and a near miss for every check with a code, and no other', () => {
    const covered = new Set(cases.map(({ code, check }) => `${code} ${check}`));
    const missing = rows
      .filter((row) => row.code && !covered.has(`${row.code} ${row.check}`))
      .map((row) => `${row.code} ${row.check}`);
    expect(missing).toEqual([]);
    const stray = cases
      .filter(({ code, check }) => rowOf.get(check)?.code !== code)
      .map(({ code, check }) => `${code} ${check}`);
    expect(stray).toEqual([]);
  });

  it('states the counts the table gives', () => {
    const count = (keep: (row: Row) => boolean) => rows.filter(keep).length;
    const same = count((row) => row.code !== undefined && row.studioSeverity === row.severity);
    const other = count((row) => row.code !== undefined && row.studioSeverity !== row.severity);
    const notApplicable = count((row) => row.rule === 'not applicable');
    const notYet = count((row) => row.rule === 'not yet');
    expect(text.replace(/\s+/g, ' ')).toContain(
      `Reported at Access Analyzer's severity: ${same} of 135 checks; at another severity: ${other}; ` +
        `not applicable: ${notApplicable}; not yet: ${notYet}.`,
    );
  });
});

describe.each(cases)('$code: $check', (parityCase) => {
  const row = rowOf.get(parityCase.check);

  it('reports the triggering policy at the table severity', () => {
    const findings = findingsOf(parityCase.trigger, parityCase, parityCase.code);
    expect(findings.map((finding) => finding.severity)).toContain(row?.studioSeverity);
  });

  it('is silent on the near miss', () => {
    expect(findingsOf(parityCase.nearMiss, parityCase, parityCase.code)).toEqual([]);
  });
});
