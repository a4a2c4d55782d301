import { describe, expect, it } from 'vitest';
import type { LintFinding } from '../../../core/index.ts';
import { countLabel, groupBySeverity } from './finding-groups.ts';

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
