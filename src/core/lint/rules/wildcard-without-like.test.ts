import { describe, expect, it } from 'vitest';
import { applyFirstFix, findingsWithCode, policyText } from '../testing.ts';

const withCondition = (condition: object) =>
  policyText([{ Effect: 'Allow', Action: 's3:ListBucket', Resource: '*', Condition: condition }]);

describe('wildcard-without-like', () => {
  it('warns on wildcards under StringEquals and fixes the operator', () => {
    const text = withCondition({ 'ForAnyValue:StringEqualsIfExists': { 's3:prefix': 'home/*' } });
    const [finding] = findingsWithCode('wildcard-without-like', text);
    expect(finding?.severity).toBe('warning');
    expect(Object.keys(JSON.parse(applyFirstFix(text, finding!)).Statement[0].Condition)).toEqual([
      'ForAnyValue:StringLikeIfExists',
    ]);
  });

  it('is silent for StringLike, escaped wildcards and plain values', () => {
    expect(
      findingsWithCode(
        'wildcard-without-like',
        withCondition({ StringLike: { 's3:prefix': 'home/*' } }),
      ),
    ).toEqual([]);
    expect(
      findingsWithCode(
        'wildcard-without-like',
        withCondition({ StringEquals: { 's3:prefix': 'a${*}b' } }),
      ),
    ).toEqual([]);
    expect(
      findingsWithCode(
        'wildcard-without-like',
        withCondition({ StringEquals: { 's3:prefix': 'home/' } }),
      ),
    ).toEqual([]);
  });
});
