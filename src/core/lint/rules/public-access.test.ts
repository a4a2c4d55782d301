import { describe, expect, it } from 'vitest';
import { findingsWithCode, policyText } from '../testing.ts';

const bucketPolicy = (statement: object) =>
  policyText([
    {
      Effect: 'Allow',
      Principal: '*',
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::b/*',
      ...statement,
    },
  ]);

describe('public-access', () => {
  it('reports Principal "*" without a narrowing condition', () => {
    expect(findingsWithCode('public-access', bucketPolicy({}), 'resource')[0]?.severity).toBe(
      'security-warning',
    );
    const weak = bucketPolicy({ Condition: { StringNotEquals: { 'aws:PrincipalOrgID': 'o-1' } } });
    expect(findingsWithCode('public-access', weak, 'resource')).toHaveLength(1);
    const ifExists = bucketPolicy({
      Condition: { StringEqualsIfExists: { 'aws:SourceVpce': 'vpce-1' } },
    });
    expect(findingsWithCode('public-access', ifExists, 'resource')).toHaveLength(1);
  });

  it('is silent with a narrowing condition, a named principal, a Deny or an identity policy', () => {
    const narrowed = bucketPolicy({ Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-1' } } });
    expect(findingsWithCode('public-access', narrowed, 'resource')).toEqual([]);
    expect(
      findingsWithCode(
        'public-access',
        bucketPolicy({ Principal: { AWS: '111122223333' } }),
        'resource',
      ),
    ).toEqual([]);
    expect(findingsWithCode('public-access', bucketPolicy({ Effect: 'Deny' }), 'resource')).toEqual(
      [],
    );
    expect(findingsWithCode('public-access', bucketPolicy({}), 'vpc-endpoint')).toEqual([]);
  });
});
