import { describe, expect, it } from 'vitest';
import { findingsWithCode, policyText, spanText } from '../testing.ts';

const CODE = 'resource-policy-escalation';
const BUCKET = ['arn:aws:s3:::bucket', 'arn:aws:s3:::bucket/*'];

describe('resource-policy-escalation', () => {
  it('reports s3:PutBucketPolicy next to object access it can widen, naming what is missing', () => {
    const text = policyText([
      { Effect: 'Allow', Action: ['s3:GetObject', 's3:PutBucketPolicy'], Resource: BUCKET },
    ]);
    const [finding] = findingsWithCode(CODE, text);
    expect(finding?.severity).toBe('security-warning');
    expect(spanText(text, finding!)).toBe('"s3:PutBucketPolicy"');
    expect(finding?.message).toContain(
      's3:PutBucketPolicy rewrites the bucket policy and can give s3:PutObject, s3:DeleteObject',
    );
  });

  it('reads other services, wildcards and Deny statements across the policy', () => {
    const lambda = policyText([{ Effect: 'Allow', Action: 'lambda:AddPermission', Resource: '*' }]);
    expect(findingsWithCode(CODE, lambda)[0]?.message).toContain('lambda:InvokeFunction');
    const denied = policyText([
      { Effect: 'Allow', Action: ['s3:Put*', 's3:Get*'], Resource: '*' },
      { Effect: 'Deny', Action: ['s3:*Policy*', 's3:*Delete*'], Resource: '*' },
    ]);
    const [finding] = findingsWithCode(CODE, denied);
    expect(finding?.message).toContain('s3:PutBucketAcl');
    expect(finding?.message).not.toContain('s3:PutBucketPolicy');
    const grant = policyText([{ Effect: 'Allow', Action: 'kms:CreateGrant', Resource: '*' }]);
    expect(findingsWithCode(CODE, grant)[0]?.message).toContain('kms:Decrypt, kms:Encrypt');
  });

  it('is silent when the policy grants all it could widen to, denies it, or guards a grant', () => {
    const granted = policyText([
      {
        Effect: 'Allow',
        Action: ['s3:PutBucketPolicy', 's3:GetObject', 's3:PutObject', 's3:DeleteObject'],
        Resource: BUCKET,
      },
    ]);
    expect(findingsWithCode(CODE, granted)).toEqual([]);
    const allDenied = policyText([
      { Effect: 'Allow', Action: 's3:PutBucketPolicy', Resource: 'arn:aws:s3:::bucket' },
      { Effect: 'Deny', Action: '*', Resource: '*' },
    ]);
    expect(findingsWithCode(CODE, allDenied)).toEqual([]);
    const objectsOnly = policyText([
      { Effect: 'Allow', Action: 's3:PutBucketPolicy', Resource: 'arn:aws:s3:::bucket/*' },
    ]);
    expect(findingsWithCode(CODE, objectsOnly)).toEqual([]);
    const forServices = policyText([
      {
        Effect: 'Allow',
        Action: 'kms:CreateGrant',
        Resource: '*',
        Condition: { Bool: { 'kms:GrantIsForAWSResource': true } },
      },
    ]);
    expect(findingsWithCode(CODE, forServices)).toEqual([]);
    const boundary = policyText([{ Effect: 'Allow', Action: 's3:PutBucketPolicy', Resource: '*' }]);
    expect(findingsWithCode(CODE, boundary, 'permissions-boundary')).toEqual([]);
  });

  it('compares the bucket with the objects granted elsewhere', () => {
    const otherBucket = policyText([
      { Effect: 'Allow', Action: 's3:PutBucketPolicy', Resource: 'arn:aws:s3:::one' },
      { Effect: 'Allow', Action: 's3:*Object', Resource: 'arn:aws:s3:::two/*' },
    ]);
    expect(findingsWithCode(CODE, otherBucket)).toHaveLength(1);
    const sameBucket = policyText([
      { Effect: 'Allow', Action: 's3:PutBucketPolicy', Resource: 'arn:aws:s3:::one' },
      { Effect: 'Allow', Action: 's3:*Object', Resource: 'arn:aws:s3:::one/*' },
    ]);
    expect(findingsWithCode(CODE, sameBucket)).toEqual([]);
  });
});
