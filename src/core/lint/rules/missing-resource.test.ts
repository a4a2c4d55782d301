import { describe, expect, it } from 'vitest';
import { findingsWithCode, policyText } from '../testing.ts';

describe('missing-resource', () => {
  it('reports a statement without Resource in an identity policy', () => {
    const text = policyText([{ Effect: 'Allow', Action: 's3:GetObject' }]);
    expect(findingsWithCode('missing-resource', text)[0]?.severity).toBe('error');
  });

  it('is silent with Resource or NotResource, and in trust policies and SCPs', () => {
    const text = policyText([{ Effect: 'Allow', Action: 's3:GetObject' }]);
    expect(findingsWithCode('missing-resource', text, 'trust')).toEqual([]);
    expect(findingsWithCode('missing-resource', text, 'scp')).toEqual([]);
    const scoped = policyText([
      { Effect: 'Deny', Action: 's3:*', NotResource: 'arn:aws:s3:::b/*' },
    ]);
    expect(findingsWithCode('missing-resource', scoped)).toEqual([]);
  });
});
