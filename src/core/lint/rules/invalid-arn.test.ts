import { describe, expect, it } from 'vitest';
import { applyFirstFix, findingsWithCode, policyText, spanText } from '../testing.ts';

const withResource = (resource: string) =>
  policyText([{ Effect: 'Allow', Action: 's3:GetObject', Resource: resource }]);

describe('invalid-arn', () => {
  it('reports a resource that is not an ARN, and fixes the case of "ARN:"', () => {
    const text = withResource('ARN:aws:s3:::bucket/*');
    const [finding] = findingsWithCode('invalid-arn', text);
    expect(finding?.severity).toBe('error');
    expect(applyFirstFix(text, finding!)).toContain('"arn:aws:s3:::bucket/*"');
    expect(findingsWithCode('invalid-arn', withResource('bucket/*'))).toHaveLength(1);
  });

  it('points at the wrong partition, region or account', () => {
    for (const [arn, part] of [
      ['arn:amazon:s3:::bucket', 'amazon'],
      ['arn:aws:ec2:us-east:111122223333:instance/i-1', 'us-east'],
      ['arn:aws:ec2:us-east-1:1111-2222-3333:instance/i-1', '1111-2222-3333'],
    ] as const) {
      const text = withResource(arn);
      const findings = findingsWithCode('invalid-arn', text);
      expect(findings.map((finding) => spanText(text, finding))).toEqual([part]);
    }
  });

  it('reports an ARN with parts left out, and lower-cases the service', () => {
    expect(findingsWithCode('invalid-arn', withResource('arn:aws:s3:bucket'))).toHaveLength(1);
    const text = withResource('arn:aws:S3:::bucket');
    const [finding] = findingsWithCode('invalid-arn', text);
    expect(applyFirstFix(text, finding!)).toContain('"arn:aws:s3:::bucket"');
  });

  it('reports an empty service and an empty resource part', () => {
    const messages = (arn: string) =>
      findingsWithCode('invalid-arn', withResource(arn)).map((finding) => finding.message);
    expect(messages('arn:aws::us-east-1:111122223333:table/t')).toEqual([
      'The ARN has no service: write the service prefix, e.g. arn:aws:s3:::bucket',
    ]);
    expect(messages('arn:aws:s3:::')).toEqual([
      'The ARN has no resource part: name the resource after the account',
    ]);
    expect(messages('arn:aws-us-gov:dynamodb:us-gov-west-1:111122223333:table/t')).toEqual([]);
  });

  it('accepts *, wildcards, variables and empty region or account', () => {
    for (const arn of [
      '*',
      'arn:aws:s3:::bucket/*',
      'arn:aws:iam::aws:policy/ReadOnlyAccess',
      'arn:*:ec2:*:*:instance/*',
      'arn:aws:s3:::home/${aws:username}/*',
      'arn:aws:organizations::*:',
      'arn:aws:*',
    ]) {
      expect(findingsWithCode('invalid-arn', withResource(arn))).toEqual([]);
    }
  });
});
