import { describe, expect, it } from 'vitest';
import { testCatalog } from '../test-catalog.ts';
import { findingsWithCode, policyText, spanText } from '../testing.ts';

const CODE = 'permissions-management';

function findings(statements: unknown[], policyType: 'identity' | 'resource' = 'identity') {
  const text = policyText(statements);
  return { text, found: findingsWithCode(CODE, text, policyType, testCatalog()) };
}

describe('permissions-management', () => {
  it('reports permissions-management actions on every resource, at the first one', () => {
    const { text, found } = findings([
      { Effect: 'Allow', Action: ['s3:GetObject', 's3:putbucketpolicy'], Resource: '*' },
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('warning');
    expect(spanText(text, found[0]!)).toBe('"s3:putbucketpolicy"');
    expect(found[0]?.message).toContain('1 permissions-management action on every resource');
  });

  it('expands wildcards, NotAction and NotResource through the service reference', () => {
    const star = findings([{ Effect: 'Allow', Action: '*', Resource: '*' }]).found;
    expect(star[0]?.message).toContain(
      '3 permissions-management actions on every resource: s3:PutBucketPolicy, iam:CreatePolicyVersion, iam:AttachUserPolicy',
    );
    const notAction = findings([
      { Effect: 'Allow', NotAction: 'iam:*', NotResource: 'arn:aws:s3:::logs/*' },
    ]).found;
    expect(notAction[0]?.message).toContain('s3:PutBucketPolicy');
    expect(notAction[0]?.message).not.toContain('iam:');
  });

  it('is silent on named resources, other access levels, Deny and resource policies', () => {
    const named = [
      { Effect: 'Allow', Action: 's3:PutBucketPolicy', Resource: 'arn:aws:s3:::bucket' },
    ];
    expect(findings(named).found).toEqual([]);
    expect(findings([{ Effect: 'Allow', Action: 's3:Get*', Resource: '*' }]).found).toEqual([]);
    expect(findings([{ Effect: 'Deny', Action: 's3:*', Resource: '*' }]).found).toEqual([]);
    const bucketPolicy = [
      {
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::111122223333:root' },
        Action: 's3:*',
        Resource: '*',
      },
    ];
    expect(findings(bucketPolicy, 'resource').found).toEqual([]);
  });
});
