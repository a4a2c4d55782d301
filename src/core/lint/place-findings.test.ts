import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../policy/parse.ts';
import type { LintFinding } from './finding.ts';
import { lintPolicy } from './lint-policy.ts';
import { placeFindings } from './place-findings.ts';
import { policyText } from './testing.ts';

const at = (start: number, end = start + 1): LintFinding => ({
  code: 'test',
  severity: 'warning',
  message: 'test',
  span: { start, end },
});

describe('placeFindings', () => {
  const text = policyText([
    { Sid: 'First', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
    { Sid: 'Broken', Effect: 'Maybe', Action: 's3:GetObject', Resource: '*' },
    { Sid: 'Third', Effect: 'Deny', Action: 's3:*', Resource: '*' },
  ]);
  const parsed = parsePolicy(text);
  const [first, third] = parsed.policy.statements;

  it('places a finding in the statement holding its start, by the parse spans', () => {
    const inFirst = at(first!.span.start);
    const lastOfThird = at(third!.span.end - 1, third!.span.end);
    const placed = placeFindings(parsed, [inFirst, lastOfThird]);
    expect(placed.map((finding) => finding.statement)).toEqual([
      { index: 0, span: first!.span },
      { index: 2, span: third!.span },
    ]);
    expect(placed[0]).toMatchObject(inFirst);
  });

  it('leaves unplaced what lies outside every statement the model holds', () => {
    const version = at(text.indexOf('2012-10-17'));
    const afterFirst = at(first!.span.end);
    const inBroken = at(text.indexOf('Maybe'));
    const placed = placeFindings(parsed, [version, afterFirst, inBroken]);
    expect(placed.map((finding) => finding.statement)).toEqual([undefined, undefined, undefined]);
  });

  it('places as a search of every statement would, in a policy of many statements', () => {
    const many = policyText(
      Array.from({ length: 300 }, (_, index) => ({
        Sid: index % 7 === 0 ? '' : `S${index}`,
        Effect: 'Allow',
        Action: index % 5 === 0 ? 's3:*' : 's3:GetObject',
        Resource: '*',
      })),
    );
    const manyParsed = parsePolicy(many);
    const findings = lintPolicy(manyParsed, 'identity');
    expect(findings.length).toBeGreaterThan(100);
    const bySearch = findings.map(
      (finding) =>
        manyParsed.policy.statements.find(
          ({ span }) => span.start <= finding.span.start && finding.span.start < span.end,
        )?.index,
    );
    expect(placeFindings(manyParsed, findings).map((finding) => finding.statement?.index)).toEqual(
      bySearch,
    );
  });
});
