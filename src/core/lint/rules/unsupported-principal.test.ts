import { describe, expect, it } from 'vitest';
import { applyFirstFix, findingsWithCode, policyText } from '../testing.ts';

const statement = {
  Effect: 'Allow',
  Principal: { AWS: '111122223333' },
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::b/*',
};

describe('unsupported-principal', () => {
  it('reports a Principal in identity policies and SCPs, with a fix removing it', () => {
    const text = policyText([statement]);
    const [finding] = findingsWithCode('unsupported-principal', text, 'identity');
    expect(finding?.severity).toBe('error');
    const fixed = applyFirstFix(text, finding!);
    expect(JSON.parse(fixed).Statement[0]).toEqual({
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::b/*',
    });
    expect(findingsWithCode('unsupported-principal', text, 'scp')).toHaveLength(1);
  });

  it('accepts a Principal in resource policies', () => {
    expect(findingsWithCode('unsupported-principal', policyText([statement]), 'resource')).toEqual(
      [],
    );
  });
});
