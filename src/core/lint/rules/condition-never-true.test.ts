import { describe, expect, it } from 'vitest';
import { evaluateConditionBlocks } from '../../engine/conditions/evaluate.ts';
import { context } from '../../engine/conditions/testing.ts';
import { parsePolicy } from '../../policy/parse.ts';
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

  describe('compares numeric bounds exactly, as the engine does', () => {
    /** Whether the engine finds the statement's conditions all true for this value of s3:max-keys. */
    const engineMatches = (text: string, value: string) => {
      const [statement] = parsePolicy(text).policy.statements;
      const traces = evaluateConditionBlocks(
        statement!.conditions,
        context({ 's3:max-keys': value }),
        { variables: true },
      );
      return traces.every((trace) => trace.matched);
    };

    it.each([
      [
        'NumericGreaterThan',
        '0.3',
        'NumericLessThan',
        '0.30000000000000001',
        '0.300000000000000005',
      ],
      [
        'NumericGreaterThanEquals',
        '9007199254740992',
        'NumericLessThan',
        '9007199254740993',
        '9007199254740992',
      ],
    ])('is silent for %s %s with %s %s, which %s satisfies', (above, low, below, high, value) => {
      const text = withCondition({
        [above]: { 's3:max-keys': low },
        [below]: { 's3:max-keys': high },
      });
      expect(engineMatches(text, value)).toBe(true);
      expect(findingsWithCode('condition-never-true', text)).toEqual([]);
    });

    it('warns for >= 2^53 + 1 with <= 2^53, written as unquoted numbers', () => {
      const text = `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:ListBucket",
        "Resource": "*", "Condition": {
          "NumericGreaterThanEquals": {"s3:max-keys": 9007199254740993},
          "NumericLessThanEquals": {"s3:max-keys": 9007199254740992}}}]}`;
      expect(engineMatches(text, '9007199254740992')).toBe(false);
      expect(engineMatches(text, '9007199254740993')).toBe(false);
      expect(findingsWithCode('condition-never-true', text)).toHaveLength(1);
    });
  });
});
