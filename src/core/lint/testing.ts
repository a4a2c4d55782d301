import type { PolicyType } from '../scenario/model.ts';
import type { LintCatalog } from './catalog-port.ts';
import type { LintFinding } from './finding.ts';
import { lintPolicy } from './lint-policy.ts';

/** A policy text with these statements, Version 2012-10-17 unless another is given. */
export function policyText(statements: unknown[], version: string | null = '2012-10-17'): string {
  const document =
    version === null ? { Statement: statements } : { Version: version, Statement: statements };
  return JSON.stringify(document, null, 2);
}

/** A policy of one statement whose condition `operator` gives these ranges for the key `key`. */
export function ipRangePolicy(
  ranges: string | string[],
  operator = 'IpAddress',
  key = 'aws:SourceIp',
): string {
  return policyText([
    {
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: '*',
      Condition: { [operator]: { [key]: ranges } },
    },
  ]);
}

/** The findings of one code, for tests of one rule. */
export function findingsWithCode(
  code: string,
  text: string,
  policyType: PolicyType = 'identity',
  catalog?: LintCatalog,
): LintFinding[] {
  return lintPolicy(text, policyType, catalog).filter((finding) => finding.code === code);
}

/** The text a finding's span covers. */
export function spanText(text: string, finding: LintFinding): string {
  return text.slice(finding.span.start, finding.span.end);
}

/** Applies a finding's first quick fix. */
export function applyFirstFix(text: string, finding: LintFinding): string {
  const edits = [...(finding.fixes?.[0]?.edits ?? [])].sort((a, b) => b.span.start - a.span.start);
  let result = text;
  for (const edit of edits) {
    result = result.slice(0, edit.span.start) + edit.text + result.slice(edit.span.end);
  }
  return result;
}

/**
 * A small deterministic generator (mulberry32) of whole numbers below `n`, for tests over generated
 * policies: a failure replays from its seed.
 */
export function seededRandom(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}
