import { describe, expect, it } from 'vitest';
import { findingsWithCode, policyText } from '../testing.ts';

const withCondition = (condition: object) =>
  policyText([{ Effect: 'Deny', Action: 's3:*', Resource: '*', Condition: condition }]);

describe('bool-multiple-values', () => {
  it('reports Bool with both true and false', () => {
    const text = withCondition({ Bool: { 'aws:SecureTransport': ['true', 'false'] } });
    expect(findingsWithCode('bool-multiple-values', text)[0]?.severity).toBe('error');
  });

  it('accepts one value', () => {
    const text = withCondition({ Bool: { 'aws:SecureTransport': ['false'] } });
    expect(findingsWithCode('bool-multiple-values', text)).toEqual([]);
  });
});
