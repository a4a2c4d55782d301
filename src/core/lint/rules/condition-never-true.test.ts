import { describe, expect, it } from 'vitest';
import { findingsWithCode, policyText } from '../testing.ts';

const withCondition = (condition: object) =>
  policyText([{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: condition }]);

describe('condition-never-true', () => {
  it('warns when a lower bound is above the upper bound', () => {
    const text = withCondition({
      DateGreaterThan: { 'aws:CurrentTime': '2027-01-01T00:00:00Z' },
      DateLessThan: { 'aws:CurrentTime': '2026-01-01T00:00:00Z' },
    });
    const [finding] = findingsWithCode('condition-never-true', text);
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toContain('"aws:CurrentTime"');
    const touching = withCondition({
      NumericGreaterThan: { 's3:max-keys': 5 },
      NumericLessThanEquals: { 's3:max-keys': 5 },
    });
    expect(findingsWithCode('condition-never-true', touching)).toHaveLength(1);
  });

  it('warns when Null says absent and another operator needs the key', () => {
    const text = withCondition({
      Null: { 'aws:SourceVpc': 'true' },
      StringEquals: { 'aws:SourceVpc': 'vpc-1' },
    });
    expect(findingsWithCode('condition-never-true', text)).toHaveLength(1);
  });

  it('is silent for a real range, a single value both bounds allow, ORed values that overlap, and IfExists', () => {
    expect(
      findingsWithCode(
        'condition-never-true',
        withCondition({
          NumericGreaterThan: { 's3:max-keys': [50, 5] },
          NumericLessThan: { 's3:max-keys': 10 },
        }),
      ),
    ).toEqual([]);
    const exactly = withCondition({
      NumericGreaterThanEquals: { 's3:max-keys': 5 },
      NumericLessThanEquals: { 's3:max-keys': 5 },
    });
    expect(findingsWithCode('condition-never-true', exactly)).toEqual([]);
    const absentPasses = withCondition({
      DateGreaterThanIfExists: { 'aws:CurrentTime': '2027-01-01T00:00:00Z' },
      DateLessThanIfExists: { 'aws:CurrentTime': '2026-01-01T00:00:00Z' },
    });
    expect(findingsWithCode('condition-never-true', absentPasses)).toEqual([]);
    const ifExists = withCondition({
      Null: { 'aws:SourceVpc': 'true' },
      StringEqualsIfExists: { 'aws:SourceVpc': 'vpc-1' },
    });
    expect(findingsWithCode('condition-never-true', ifExists)).toEqual([]);
  });
});
