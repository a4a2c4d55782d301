import { describe, expect, it } from 'vitest';
import { findingsWithCode, policyText, spanText } from '../testing.ts';

const withCondition = (condition: object) =>
  policyText([{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: condition }]);

describe('condition-value-type', () => {
  it('reports values of the wrong type for the operator', () => {
    for (const [operator, key, value] of [
      ['DateGreaterThan', 'aws:CurrentTime', 'yesterday'],
      ['IpAddress', 'aws:SourceIp', '10.0.0.0/33'],
      ['NumericLessThan', 'aws:MultiFactorAuthAge', 'an hour'],
      ['Bool', 'aws:SecureTransport', 'yes'],
      ['Null', 'aws:TokenIssueTime', 'maybe'],
    ] as const) {
      const text = withCondition({ [operator]: { [key]: value } });
      const findings = findingsWithCode('condition-value-type', text);
      expect(findings.map((finding) => spanText(text, finding))).toEqual([`"${value}"`]);
      expect(findings[0]?.severity).toBe('error');
    }
  });

  it('accepts values of the right type, and variables', () => {
    const text = withCondition({
      DateGreaterThan: { 'aws:CurrentTime': ['2026-03-15T12:00:00Z', '2026-03-15', '1700000000'] },
      IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:db8::/32'] },
      NumericLessThan: { 'aws:MultiFactorAuthAge': 3600 },
      Bool: { 'aws:SecureTransport': [true, 'False'] },
      StringEquals: { 's3:prefix': 'anything' },
    });
    expect(findingsWithCode('condition-value-type', text)).toEqual([]);
  });
});
