import { describe, expect, it } from 'vitest';
import { lintPolicy } from '../lint-policy.ts';
import { applyFirstFix, findingsWithCode, policyText, spanText } from '../testing.ts';

const withCondition = (condition: object) =>
  policyText([{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: condition }]);

describe('null-if-exists ("IAM JSON policy elements: Condition operators": no IfExists on Null)', () => {
  it('reports NullIfExists, with or without a set qualifier, instead of an unknown operator', () => {
    const text = withCondition({
      NullIfExists: { 'aws:TokenIssueTime': 'true' },
      'ForAnyValue:NullIfExists': { 'aws:TagKeys': 'false' },
    });
    const findings = lintPolicy(text, 'identity');
    expect(findings.map((finding) => [finding.code, spanText(text, finding)])).toEqual([
      ['null-if-exists', '"NullIfExists"'],
      ['null-if-exists', '"ForAnyValue:NullIfExists"'],
    ]);
    expect(findings[0]?.severity).toBe('error');
    expect(findings[0]?.message).toContain('Use Null');
  });

  it('fixes it to Null', () => {
    const text = withCondition({ NullIfExists: { 'aws:TokenIssueTime': 'true' } });
    const [finding] = findingsWithCode('null-if-exists', text);
    const fixed = applyFirstFix(text, finding!);
    expect(JSON.parse(fixed).Statement[0].Condition).toEqual({
      Null: { 'aws:TokenIssueTime': 'true' },
    });
    expect(lintPolicy(fixed, 'identity')).toEqual([]);
  });

  it('is silent for Null and for IfExists on other operators; other unknown operators stay parser errors', () => {
    const text = withCondition({
      Null: { 'aws:TokenIssueTime': 'true' },
      StringEqualsIfExists: { 'aws:PrincipalTag/team': 'a' },
    });
    expect(findingsWithCode('null-if-exists', text)).toEqual([]);
    const unknown = withCondition({ StringEqualz: { 'aws:PrincipalTag/team': 'a' } });
    expect(lintPolicy(unknown, 'identity').map((finding) => finding.code)).toEqual(['schema']);
  });
});
