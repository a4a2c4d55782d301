import { describe, expect, it } from 'vitest';
import { testCatalog } from '../test-catalog.ts';
import { findingsWithCode, policyText, spanText } from '../testing.ts';

const allow = (action: unknown, resource: unknown) =>
  policyText([{ Effect: 'Allow', Action: action, Resource: resource }]);

describe('unsupported-resource', () => {
  it('leaves an ARN whose service is not a prefix to invalid-arn: one finding for one mistake', () => {
    const text = allow('s3:GetObject', 'arn:aws:S3:::bucket/*');
    expect(findingsWithCode('unsupported-resource', text, 'identity', testCatalog())).toEqual([]);
    expect(findingsWithCode('invalid-arn', text, 'identity', testCatalog())).toHaveLength(1);
  });

  it('errs when no action applies to any resource of the statement', () => {
    const text = allow('s3:GetObject', 'arn:aws:s3:::bucket');
    const [finding] = findingsWithCode('unsupported-resource', text, 'identity', testCatalog());
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toContain('arn:*:s3:::*/*');
  });

  it("judges an ARN repeated across statements by each statement's own actions", () => {
    const text = policyText([
      { Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::bucket' },
      { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket' },
      { Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::bucket' },
      { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket' },
    ]);
    const findings = findingsWithCode('unsupported-resource', text, 'identity', testCatalog());
    const statementOf = (offset: number) => text.slice(0, offset).split('"Effect"').length - 2;
    expect(findings.map((finding) => statementOf(finding.span.start))).toEqual([1, 3]);
  });

  it('warns about one stray resource among others that match', () => {
    const text = allow('s3:GetObject', [
      'arn:aws:s3:::bucket/*',
      'arn:aws:iam::111122223333:role/r',
    ]);
    const findings = findingsWithCode('unsupported-resource', text, 'identity', testCatalog());
    expect(findings.map((finding) => [spanText(text, finding), finding.severity])).toEqual([
      ['"arn:aws:iam::111122223333:role/r"', 'warning'],
    ]);
  });

  it('only warns about an ARN of a service none of the resource types is in', () => {
    // AWS's own policies scope ssm:StartSession to EKS clusters, which the reference does not list.
    const text = allow('s3:GetObject', 'arn:aws:ec2:us-east-1:111122223333:instance/i-1');
    const findings = findingsWithCode('unsupported-resource', text, 'identity', testCatalog());
    expect(findings.map((finding) => finding.severity)).toEqual(['warning']);
    expect(findings[0]?.message).toContain(`AWS's service reference lists no ec2 resource`);
  });

  it('does not call a statement useless while one of its ARNs is of another service', () => {
    const text = allow('s3:GetObject', [
      'arn:aws:s3:::bucket',
      'arn:aws:ec2:us-east-1:111122223333:instance/i-1',
    ]);
    const findings = findingsWithCode('unsupported-resource', text, 'identity', testCatalog());
    expect(findings.map((finding) => finding.severity)).toEqual(['warning', 'warning']);
  });

  it('is silent for matching ARNs, wildcards, variables and cross-service formats', () => {
    const catalog = testCatalog();
    for (const [action, resource] of [
      [
        ['s3:GetObject', 's3:ListBucket'],
        ['arn:aws:s3:::bucket', 'arn:aws:s3:::bucket/*'],
      ],
      ['s3:GetObject', 'arn:aws:s3:::*'],
      ['s3:GetObject', 'arn:aws:s3:::home/${aws:username}'],
      ['sts:AssumeRole', 'arn:aws:iam::111122223333:role/r'],
      ['s3:*', 'arn:aws:*'],
      [['s3:GetObject', 's3:ListAllMyBuckets'], 'arn:aws:ec2:us-east-1:111122223333:instance/i-1'],
    ]) {
      expect(
        findingsWithCode('unsupported-resource', allow(action, resource), 'identity', catalog),
      ).toEqual([]);
    }
  });
});
