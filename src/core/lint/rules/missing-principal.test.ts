import { describe, expect, it } from 'vitest';
import { findingsWithCode, policyText } from '../testing.ts';

const text = policyText([
  { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
]);

describe('missing-principal', () => {
  it('reports a resource or trust policy statement without Principal', () => {
    expect(findingsWithCode('missing-principal', text, 'resource')[0]?.severity).toBe('error');
    expect(findingsWithCode('missing-principal', text, 'trust')).toHaveLength(1);
  });

  it('is silent for identity policies and statements with a Principal', () => {
    expect(findingsWithCode('missing-principal', text, 'identity')).toEqual([]);
    const withPrincipal = policyText([
      { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
    ]);
    expect(findingsWithCode('missing-principal', withPrincipal, 'resource')).toEqual([]);
  });
});
