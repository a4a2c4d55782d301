import { describe, expect, it } from 'vitest';
import { findingsWithCode, policyText } from '../testing.ts';

const trusting = (principal: unknown) =>
  policyText([
    { Effect: 'Allow', Principal: principal, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
  ]);

describe('invalid-principal', () => {
  it('reports malformed principals of every kind', () => {
    for (const principal of [
      { AWS: 'alice' },
      { AWS: 'arn:aws:iam::111122223333:user/*' },
      { Service: 'ec2' },
      { Federated: 'example.com' },
      { CanonicalUser: 'abc' },
    ]) {
      expect(findingsWithCode('invalid-principal', trusting(principal), 'resource')).toHaveLength(
        1,
      );
    }
  });

  it('tells to use aws:PrincipalArn instead of wildcards', () => {
    const [finding] = findingsWithCode(
      'invalid-principal',
      trusting({ AWS: 'arn:aws:iam::111122223333:role/*' }),
      'resource',
    );
    expect(finding?.message).toContain('aws:PrincipalArn');
  });

  it('accepts the documented forms', () => {
    for (const principal of [
      '*',
      {
        AWS: [
          '111122223333',
          'arn:aws:iam::111122223333:root',
          'arn:aws:iam::111122223333:role/path/r',
        ],
      },
      { AWS: 'arn:aws:sts::111122223333:assumed-role/r/session' },
      { Service: ['ec2.amazonaws.com', 'logs.us-east-1.amazonaws.com'] },
      { Federated: ['arn:aws:iam::111122223333:saml-provider/idp', 'accounts.google.com'] },
      { CanonicalUser: 'a'.repeat(64) },
      { AWS: 'arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity E2QWRUHAPOMQZL' },
    ]) {
      expect(findingsWithCode('invalid-principal', trusting(principal), 'resource')).toEqual([]);
    }
  });
});
