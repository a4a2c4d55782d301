import { describe, expect, it } from 'vitest';
import { findingsWithCode, policyText, spanText } from '../testing.ts';

const EXCEPT_PAYROLL = ['arn:aws:s3:::HRBucket/Payroll', 'arn:aws:s3:::HRBucket/Payroll/*'];

describe('allow-with-not-resource', () => {
  it('reports Allow with NotResource at the NotResource element', () => {
    const text = policyText([{ Effect: 'Allow', Action: 's3:*', NotResource: EXCEPT_PAYROLL }]);
    const [finding] = findingsWithCode('allow-with-not-resource', text);
    expect(finding?.severity).toBe('warning');
    expect(spanText(text, finding!)).toContain('arn:aws:s3:::HRBucket/Payroll');
  });

  it('is silent for Deny with NotResource, for Allow with Resource, and in an SCP', () => {
    const deny = policyText([{ Effect: 'Deny', Action: 's3:*', NotResource: EXCEPT_PAYROLL }]);
    expect(findingsWithCode('allow-with-not-resource', deny)).toEqual([]);
    const named = policyText([{ Effect: 'Allow', Action: 's3:*', Resource: EXCEPT_PAYROLL }]);
    expect(findingsWithCode('allow-with-not-resource', named)).toEqual([]);
    const scp = policyText([{ Effect: 'Allow', Action: 's3:*', NotResource: EXCEPT_PAYROLL }]);
    expect(findingsWithCode('allow-with-not-resource', scp, 'scp')).toEqual([]);
  });
});
