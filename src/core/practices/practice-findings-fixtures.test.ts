/**
 * Account and CloudTrail findings as JSON corpora (./__fixtures__/practices-*.json), written from
 * AWS's documented GAAD output and CloudTrail records, the IAM User Guide and the CIS AWS
 * Foundations Benchmark independently of the rules. Each case expects every finding as "code name"
 * and cites its page in `why`; every rule has a case that finds it and a near miss that does not.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAccountDetailsText } from '../account/gaad.ts';
import { readCloudTrail } from '../cloudtrail/import.ts';
import { ACCOUNT_RULES } from './account-rules/registry.ts';
import { CloudTrailActivityCollector } from './cloudtrail-rules/activity.ts';
import { CLOUDTRAIL_RULES } from './cloudtrail-rules/registry.ts';
import { corpusProblems, type CorpusCase } from './fixture-corpus.ts';
import { practiceFindings, type PracticeCheckOptions } from './practice-findings.ts';
import type { PracticeThresholds } from './practice-findings-model.ts';

interface AccountCase extends CorpusCase {
  add?: Record<string, unknown[]>;
  set?: Record<string, unknown[]>;
  options?: { thresholds?: Partial<PracticeThresholds>; breakGlass?: string };
}

interface CloudTrailCase extends CorpusCase {
  records: unknown[];
}

const fixture = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8')) as T;

const accountCorpus = fixture<{
  now: string;
  base: Record<string, unknown[]>;
  cases: AccountCase[];
}>('practices-account.json');
const cloudTrailCorpus = fixture<{ cases: CloudTrailCase[] }>('practices-cloudtrail.json');

function codes(options: PracticeCheckOptions): string[] {
  return practiceFindings(options)
    .findings.map((finding) => `${finding.code} ${finding.name}`)
    .sort();
}

function checkCorpus(cases: CorpusCase[], rules: readonly { code: string }[], minimum: number) {
  it(`holds at least ${minimum} cases, each rule found and nearly missed`, () => {
    expect(corpusProblems(cases, rules, minimum)).toEqual([]);
  });
}

describe('practices-account.json', () => {
  checkCorpus(accountCorpus.cases, ACCOUNT_RULES, 25);

  for (const item of accountCorpus.cases) {
    it(`${item.id}: ${item.expect.join(', ') || 'no finding'} (${item.why})`, () => {
      const gaad = { ...accountCorpus.base, ...item.set };
      for (const [list, entries] of Object.entries(item.add ?? {}))
        gaad[list] = [...(gaad[list] ?? []), ...entries];
      const read = readAccountDetailsText(JSON.stringify(gaad));
      if (!read.ok) throw new Error(read.message);
      expect(read.problems).toEqual([]);
      const breakGlass = item.options?.breakGlass;
      expect(
        codes({
          account: read.account,
          now: new Date(accountCorpus.now),
          thresholds: item.options?.thresholds,
          ...(breakGlass === undefined ? {} : { breakGlass: new RegExp(breakGlass, 'i') }),
        }),
      ).toEqual([...item.expect].sort());
    });
  }
});

describe('practices-cloudtrail.json', () => {
  checkCorpus(cloudTrailCorpus.cases, CLOUDTRAIL_RULES, 15);

  for (const item of cloudTrailCorpus.cases) {
    it(`${item.id}: ${item.expect.join(', ') || 'no finding'} (${item.why})`, () => {
      const collector = new CloudTrailActivityCollector();
      const read = readCloudTrail(
        [{ name: `${item.id}.json`, content: JSON.stringify({ Records: item.records }) }],
        { onEvent: (event, record) => collector.add(event, record) },
      );
      expect(read.issues).toEqual([]);
      expect(read.summary.events).toBe(item.records.length);
      expect(codes({ cloudTrail: collector.result(), now: new Date(accountCorpus.now) })).toEqual(
        [...item.expect].sort(),
      );
    });
  }
});
