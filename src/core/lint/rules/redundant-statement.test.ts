import { describe, expect, it } from 'vitest';
import { applyFirstFix, findingsWithCode, policyText } from '../testing.ts';

const broad = { Sid: 'All', Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::b/*' };
const narrow = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/reports/*' };

describe('redundant-statement', () => {
  it('suggests removing a statement another one covers, and removes it', () => {
    const text = policyText([narrow, broad]);
    const [finding] = findingsWithCode('redundant-statement', text);
    expect(finding?.severity).toBe('suggestion');
    expect(finding?.message).toContain('"All"');
    expect(JSON.parse(applyFirstFix(text, finding!)).Statement).toEqual([broad]);
  });

  it('reports only the later of two equal statements', () => {
    expect(
      findingsWithCode('redundant-statement', policyText([narrow, { ...narrow }])),
    ).toHaveLength(1);
  });

  it('is silent when the effect, conditions or resources differ', () => {
    expect(
      findingsWithCode('redundant-statement', policyText([narrow, { ...broad, Effect: 'Deny' }])),
    ).toEqual([]);
    const conditioned = { ...broad, Condition: { Bool: { 'aws:SecureTransport': 'true' } } };
    expect(findingsWithCode('redundant-statement', policyText([narrow, conditioned]))).toEqual([]);
    const elsewhere = { ...narrow, Resource: 'arn:aws:s3:::other/*' };
    expect(findingsWithCode('redundant-statement', policyText([elsewhere, broad]))).toEqual([]);
  });
});
