import { describe, expect, it } from 'vitest';
import { matchAction } from './action.ts';

describe('matchAction (IAM JSON policy elements: Action)', () => {
  it('* matches every action', () => {
    expect(matchAction('*', 'ec2:RunInstances')).toBe(true);
  });

  it('compares case-insensitively', () => {
    expect(matchAction('S3:getobject', 's3:GetObject')).toBe(true);
    expect(matchAction('s3:GetObject', 's3:GetObjectAcl')).toBe(false);
  });

  it('takes * and ? anywhere in the name', () => {
    expect(matchAction('iam:*AccessKey*', 'iam:CreateAccessKey')).toBe(true);
    expect(matchAction('iam:*AccessKey*', 'iam:ListUsers')).toBe(false);
    expect(matchAction('s3:Get?bject', 's3:GetObject')).toBe(true);
  });

  it('keeps the service prefix: s3:* does not reach another service', () => {
    expect(matchAction('s3:*', 's3:PutObject')).toBe(true);
    expect(matchAction('s3:*', 's3-object-lambda:GetObject')).toBe(false);
    expect(matchAction('s3:*', 'sqs:SendMessage')).toBe(false);
  });

  it('allows wildcards in the service prefix', () => {
    expect(matchAction('s3*:GetObject', 's3-object-lambda:GetObject')).toBe(true);
  });
});
