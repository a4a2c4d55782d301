/**
 * parliament parity: every policy of duo-labs/parliament's tests is in __fixtures__/parliament/
 * with the findings its test expects and, for each, the studio code that reports it, or why it
 * does not apply, or "not yet". Each policy is linted as the editor lints it: as its policy type,
 * with the service reference of the services it names loaded. docs/parliament-parity.md shows
 * the table and the counts this test computes. "Before" counts the findings caught by codes other
 * than those of the rules this measurement led to.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledCatalog } from '../catalog/bundled.ts';
import type { PolicyType } from '../scenario/model.ts';
import { lintCatalogOf, loadServicesFor } from './catalog-adapter.ts';
import type { LintFinding } from './finding.ts';
import { lintPolicy } from './lint-policy.ts';
import { LINT_CODES } from './registry.ts';

const FIXTURES = new URL('./__fixtures__/parliament/', import.meta.url);
const DOC = new URL('../../../docs/parliament-parity.md', import.meta.url);

/** The parser's codes (src/core/policy), reported through lint like the rules' codes. */
const PARSER_CODES = ['syntax', 'schema', 'duplicate-sid', 'allow-with-not-principal'];

/** parliament's findings the studio had no rule for, and the rule added for each. */
const ADDED: Record<string, string> = {
  RESOURCE_POLICY_PRIVILEGE_ESCALATION: 'resource-policy-escalation',
  PERMISSIONS_MANAGEMENT_ACTIONS: 'permissions-management',
  CREDENTIALS_EXPOSURE: 'credentials-exposure',
  NOTRESOURCE_WITH_ALLOW: 'allow-with-not-resource',
  BAD_PATTERN_FOR_MFA: 'mfa-allow-bool',
  RESOURCE_EFFECTIVELY_STAR: 'resource-effectively-star',
};

/** Reported by parliament's community auditors, which its tests turn on one by one. */
const COMMUNITY = new Set([
  'PERMISSIONS_MANAGEMENT_ACTIONS',
  'CREDENTIALS_EXPOSURE',
  'NOTRESOURCE_WITH_ALLOW',
]);

interface Row {
  parliament: string;
  studio?: string;
  notApplicable?: string;
  notYet?: string;
}

interface Fixture {
  name: string;
  source: string;
  policyType: PolicyType;
  /** Whether parliament's test ran its community auditors. */
  communityAuditors: boolean;
  /** Whether parliament's test asserts the whole set of findings, not only that one is there. */
  exact: boolean;
  policy?: unknown;
  text?: string;
  findings: Row[];
  /** parliament findings its code shows it does not report here, where the test does not say. */
  notReported?: string[];
}

function readFixtures(): Fixture[] {
  return readdirSync(FIXTURES)
    .filter((file) => file.endsWith('.json'))
    .map((file) => ({
      name: file.replace(/\.json$/, ''),
      ...(JSON.parse(readFileSync(new URL(file, FIXTURES), 'utf8')) as Omit<Fixture, 'name'>),
    }));
}

function textOf(fixture: Fixture): string {
  return fixture.text ?? JSON.stringify(fixture.policy, null, 2);
}

const fixtures = readFixtures();
const rows = fixtures.flatMap((fixture) => fixture.findings.map((row) => ({ fixture, row })));
const findings = new Map<string, LintFinding[]>();

beforeAll(async () => {
  const catalog = bundledCatalog();
  const port = lintCatalogOf(catalog);
  for (const fixture of fixtures) {
    await loadServicesFor(catalog, textOf(fixture));
    findings.set(fixture.name, lintPolicy(textOf(fixture), fixture.policyType, port));
  }
});

function codesOf(fixture: Fixture): string[] {
  return (findings.get(fixture.name) ?? []).map((finding) => finding.code);
}

function parityCounts() {
  const caught = rows.filter(({ row }) => row.studio !== undefined);
  const addedCodes = new Set(Object.values(ADDED));
  return {
    findings: rows.length,
    applicable: rows.filter(({ row }) => row.notApplicable === undefined).length,
    caught: caught.length,
    before: caught.filter(({ row }) => !addedCodes.has(row.studio!)).length,
    notApplicable: rows.filter(({ row }) => row.notApplicable !== undefined).length,
    notYet: rows.filter(({ row }) => row.notYet !== undefined).length,
  };
}

describe('the parliament fixtures', () => {
  it('give each finding exactly one of: a studio code, why it does not apply, not yet', () => {
    const unclear = rows.filter(
      ({ row }) => [row.studio, row.notApplicable, row.notYet].filter(Boolean).length !== 1,
    );
    expect(unclear.map(({ fixture, row }) => `${fixture.name} ${row.parliament}`)).toEqual([]);
  });

  it('name only codes that lint reports', () => {
    const known = new Set([...LINT_CODES, ...PARSER_CODES]);
    const unknown = rows.filter(({ row }) => row.studio && !known.has(row.studio));
    expect(unknown.map(({ row }) => row.studio)).toEqual([]);
  });

  it('are each a row of docs/parliament-parity.md, whose counts are those computed here', () => {
    const doc = readFileSync(DOC, 'utf8');
    const documented = new Set(
      doc
        .split('\n')
        .map((line) =>
          line
            .split('|')
            .slice(1, 4)
            .map((cell) => cell.trim()),
        )
        .filter(([policy = '', finding = '']) => /^`.+`$/.test(policy) && /^[A-Z_]+$/.test(finding))
        .map((cells) => cells.join(' ')),
    );
    const cell = (row: Row) =>
      row.studio ? `\`${row.studio}\`` : row.notApplicable ? 'not applicable' : 'not yet';
    const missing = rows
      .map(({ fixture, row }) => `\`${fixture.name}\` ${row.parliament} ${cell(row)}`)
      .filter((line) => !documented.has(line));
    expect(missing).toEqual([]);
    expect(documented.size).toBe(rows.length);
    const counts = parityCounts();
    expect(doc.replace(/\s+/g, ' ')).toContain(
      `Caught: ${counts.caught} of the ${counts.applicable} parliament findings that apply ` +
        `(${counts.findings} in all; not applicable: ${counts.notApplicable}; not yet: ${counts.notYet}). ` +
        `Before the rules this measurement led to: ${counts.before} of ${counts.applicable}.`,
    );
  });
});

describe.each(fixtures)('$name ($source)', (fixture) => {
  const caught = fixture.findings.filter((row) => row.studio !== undefined);
  if (caught.length > 0) {
    it.each(caught)('reports $parliament as $studio', (row) => {
      expect(codesOf(fixture)).toContain(row.studio);
    });
  }

  if (fixture.findings.length === 0 && fixture.exact) {
    it('reports no error on a policy parliament finds nothing in', () => {
      const errors = (findings.get(fixture.name) ?? []).filter((f) => f.severity === 'error');
      expect(errors.map((finding) => finding.message)).toEqual([]);
    });
  }

  const expected = new Set(fixture.findings.map((row) => row.parliament));
  const silent = Object.entries(ADDED).filter(
    ([finding]) =>
      fixture.notReported?.includes(finding) ||
      (fixture.exact &&
        !expected.has(finding) &&
        (fixture.communityAuditors || !COMMUNITY.has(finding))),
  );
  if (silent.length > 0) {
    it.each(silent)('is silent, like parliament, on %s (%s)', (_finding, code) => {
      expect(codesOf(fixture)).not.toContain(code);
    });
  }
});
