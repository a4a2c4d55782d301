import { describe, expect, it } from 'vitest';
import { findingsWithCode, policyText, spanText } from '../testing.ts';

/* Access Analyzer: "Irrelevant condition key in policy". */

const withKey = (key: string) =>
  policyText([
    {
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::111122223333:root' },
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*',
      Condition: { StringEquals: { [key]: '111122223333' } },
    },
  ]);

describe('irrelevant-condition-key', () => {
  it.each(['s3:ResourceAccount', 'aws:ResourceAccount', 'AWS:resourceaccount'])(
    'suggests moving %s out of a resource-based policy',
    (key) => {
      const text = withKey(key);
      const [finding] = findingsWithCode('irrelevant-condition-key', text, 'resource');
      expect(finding?.severity).toBe('suggestion');
      expect(spanText(text, finding!)).toBe(`"${key}"`);
    },
  );

  it('is silent on other keys and in identity policies', () => {
    expect(
      findingsWithCode('irrelevant-condition-key', withKey('aws:PrincipalAccount'), 'resource'),
    ).toEqual([]);
    expect(
      findingsWithCode('irrelevant-condition-key', withKey('aws:ResourceAccount'), 'identity'),
    ).toEqual([]);
  });
});
