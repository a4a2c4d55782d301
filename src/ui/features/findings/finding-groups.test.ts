import { describe, expect, it } from 'vitest';
import type { LintFinding } from '../../../core/index.ts';
import { countLabel, findingsByStatement, groupBySeverity } from './finding-groups.ts';

const TEXT = `{
  "Version": "2012-10-17",
  "Statement": [
    { "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" },
    { "Effect": "Deny", "Action": "s3:PutObject", "Resource": "*" }
  ]
}`;

const at = (needle: string, code: string, severity: LintFinding['severity']): LintFinding => {
  const start = TEXT.indexOf(needle);
  return { code, severity, message: code, span: { start, end: start + needle.length } };
};

describe('groupBySeverity', () => {
  it('gives the non-empty groups, most severe first, in text order', () => {
    const findings = [
      at('"s3:GetObject"', 'a', 'suggestion'),
      at('"Allow"', 'b', 'error'),
      at('"s3:PutObject"', 'c', 'error'),
      at('"Deny"', 'd', 'security-warning'),
    ];
    expect(
      groupBySeverity(findings).map((g) => [g.severity, g.findings.map((f) => f.code)]),
    ).toEqual([
      ['error', ['b', 'c']],
      ['security-warning', ['d']],
      ['suggestion', ['a']],
    ]);
  });

  it('counts in words', () => {
    expect(countLabel('error', 1)).toBe('1 error');
    expect(countLabel('security-warning', 2)).toBe('2 security warnings');
  });
});

describe('findingsByStatement', () => {
  const SPAN = { start: 0, end: 1 };

  it('groups the placed findings by statement, leaving out policy-level ones', () => {
    const byStatement = findingsByStatement([
      at('"2012-10-17"', 'version', 'warning'),
      { ...at('"s3:GetObject"', 'first', 'error'), statement: { index: 0, span: SPAN } },
      { ...at('"s3:PutObject"', 'second', 'warning'), statement: { index: 1, span: SPAN } },
      { ...at('"Deny"', 'second-too', 'suggestion'), statement: { index: 1, span: SPAN } },
    ]);
    expect([...byStatement].map(([index, list]) => [index, list.map((f) => f.code)])).toEqual([
      [0, ['first']],
      [1, ['second', 'second-too']],
    ]);
  });
});
