import { describe, expect, it } from 'vitest';
import type { TextValue } from '../policy/model.ts';
import { parsePolicy } from '../policy/parse.ts';
import type { LintFinding } from './finding.ts';
import { lintPolicy } from './lint-policy.ts';
import { resourceEntryFindings } from './resource-entries.ts';
import { testCatalog } from './test-catalog.ts';
import { policyText } from './testing.ts';

const GOOD = 'arn:aws:dynamodb:us-east-1:111122223333:table/orders';
const BAD = 'arn:aws:dynamodb:us-east-9:111122223333:table/orders';

function policy(...resources: (string | string[])[]) {
  return policyText(
    resources.map((Resource, index) => ({
      Effect: 'Allow',
      Action: 'dynamodb:GetItem',
      [index % 2 === 0 ? 'Resource' : 'NotResource']: Resource,
    })),
  );
}

describe('resourceEntryFindings', () => {
  it('reads a text found clean once, and one with findings at each place, for its own span', () => {
    const { statements } = parsePolicy(policy([GOOD, BAD], GOOD, [BAD, GOOD])).policy;
    const read: string[] = [];
    const find = (entry: TextValue): LintFinding[] => {
      read.push(entry.value);
      return entry.value === BAD
        ? [{ code: 'bad', severity: 'error', message: entry.value, span: entry.span }]
        : [];
    };
    const findings = resourceEntryFindings(statements, find);
    expect(read).toEqual([GOOD, BAD, BAD]);
    expect(findings.map((finding) => finding.span)).toEqual([
      statements[0]!.resource!.entries[1]!.span,
      statements[2]!.resource!.entries[0]!.span,
    ]);
  });

  it('gives the ARN rules a finding at every place a bad ARN is repeated', () => {
    const text = policy([GOOD, BAD], BAD, [GOOD, BAD]);
    const spans = (code: string) =>
      lintPolicy(text, 'identity', testCatalog())
        .filter((finding) => finding.code === code)
        .map((finding) => text.slice(finding.span.start, finding.span.end));
    expect(spans('unknown-region')).toEqual(['us-east-9', 'us-east-9', 'us-east-9']);
    const malformed = policy('arn:aws:dynamodb', 'arn:aws:dynamodb');
    expect(
      lintPolicy(malformed, 'identity', testCatalog()).filter((f) => f.code === 'invalid-arn'),
    ).toHaveLength(2);
  });
});
