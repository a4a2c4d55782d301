import { describe, expect, it } from 'vitest';
import { findingsWithCode, policyText, spanText } from '../testing.ts';

/* Access Analyzer: "Missing paired condition keys" (aws:VpcSourceIp with aws:SourceVpc). */

const withCondition = (condition: object) =>
  policyText([{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: condition }]);

describe('missing-paired-key', () => {
  it('warns on aws:VpcSourceIp alone, at the key', () => {
    const text = withCondition({ IpAddress: { 'aws:VpcSourceIp': '10.0.0.0/16' } });
    const [finding] = findingsWithCode('missing-paired-key', text);
    expect(finding?.severity).toBe('security-warning');
    expect(spanText(text, finding!)).toBe('"aws:VpcSourceIp"');
  });

  it.each(['aws:SourceVpc', 'aws:sourcevpce'])('is silent with %s beside it', (key) => {
    const text = withCondition({
      IpAddress: { 'aws:VpcSourceIp': '10.0.0.0/16' },
      StringEquals: { [key]: 'vpc-1a2b3c4d' },
    });
    expect(findingsWithCode('missing-paired-key', text)).toEqual([]);
  });
});
