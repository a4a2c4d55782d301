import { describe, expect, it } from 'vitest';
import { findingsWithCode, policyText, spanText } from '../testing.ts';

/* "AWS global condition context keys": aws:PrincipalOrgID is only there for members of an organization. */

const bucketPolicy = (principal: object, key = 'aws:PrincipalOrgID') =>
  policyText([
    {
      Effect: 'Allow',
      Principal: principal,
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::site/*',
      Condition: { StringEquals: { [key]: 'o-abcdef1234' } },
    },
  ]);

const findings = (text: string) => findingsWithCode('service-principal-org-key', text, 'resource');

describe('service-principal-org-key', () => {
  it('reports aws:PrincipalOrgID with a service principal, at the key, naming the key to use', () => {
    const text = bucketPolicy({ Service: 'cloudfront.amazonaws.com' });
    const [finding] = findings(text);
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toContain('use aws:SourceOrgID');
    expect(spanText(text, finding!)).toBe('"aws:PrincipalOrgID"');
    expect(
      findings(bucketPolicy({ Service: 'cloudfront.amazonaws.com' }, 'aws:PrincipalOrgPaths')),
    ).toHaveLength(1);
  });

  it('is silent for accounts, for principals mixing accounts and services, and other keys', () => {
    expect(findings(bucketPolicy({ AWS: '*' }))).toEqual([]);
    expect(findings(bucketPolicy({ AWS: '*', Service: 'cloudfront.amazonaws.com' }))).toEqual([]);
    expect(
      findings(bucketPolicy({ Service: 'cloudfront.amazonaws.com' }, 'aws:SourceOrgID')),
    ).toEqual([]);
  });
});
