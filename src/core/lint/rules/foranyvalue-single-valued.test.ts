import { describe, expect, it } from 'vitest';
import { applyFirstFix, findingsWithCode, policyText } from '../testing.ts';

/* "Single-valued vs. multivalued context keys": set operators are for multivalued keys. */

const withCondition = (operator: string, key = 'aws:PrincipalAccount') =>
  policyText([
    {
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: '*',
      Condition: { [operator]: { [key]: ['111122223333'] } },
    },
  ]);

describe('foranyvalue-single-valued', () => {
  it('suggests the plain operator for a single-valued key, with a fix', () => {
    const text = withCondition('ForAnyValue:StringEquals');
    const [finding] = findingsWithCode('foranyvalue-single-valued', text);
    expect(finding?.severity).toBe('suggestion');
    expect(applyFirstFix(text, finding!)).toBe(withCondition('StringEquals'));
  });

  it('explains a negated one without a fix: it differs when the key is absent', () => {
    const [finding] = findingsWithCode(
      'foranyvalue-single-valued',
      withCondition('ForAnyValue:StringNotEquals'),
    );
    expect(finding?.message).toContain('does not match requests without the key');
    expect(finding?.fixes).toBeUndefined();
  });

  it('is silent for multivalued keys and plain operators', () => {
    const multi = withCondition('ForAnyValue:StringEquals', 'aws:TagKeys');
    expect(findingsWithCode('foranyvalue-single-valued', multi)).toEqual([]);
    expect(findingsWithCode('foranyvalue-single-valued', withCondition('StringEquals'))).toEqual(
      [],
    );
  });
});
