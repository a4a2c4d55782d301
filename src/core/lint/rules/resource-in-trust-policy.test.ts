import { describe, expect, it } from 'vitest';
import { applyFirstFix, findingsWithCode, policyText } from '../testing.ts';

const trust = {
  Effect: 'Allow',
  Principal: { Service: 'ec2.amazonaws.com' },
  Action: 'sts:AssumeRole',
};

describe('resource-in-trust-policy', () => {
  it('reports Resource in a trust policy and removes it', () => {
    const text = policyText([{ ...trust, Resource: '*' }]);
    const [finding] = findingsWithCode('resource-in-trust-policy', text, 'trust');
    expect(finding?.severity).toBe('error');
    expect(JSON.parse(applyFirstFix(text, finding!)).Statement[0]).toEqual(trust);
  });

  it('is silent for a trust policy without Resource', () => {
    expect(findingsWithCode('resource-in-trust-policy', policyText([trust]), 'trust')).toEqual([]);
  });
});
