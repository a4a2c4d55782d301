import { describe, expect, it } from 'vitest';
import { testCatalog } from '../test-catalog.ts';
import { findingsWithCode, policyText, spanText } from '../testing.ts';

/* Access Analyzer: "Unsupported action in policy" (resource-based policies). */

const bucketPolicy = (action: unknown, resource: unknown = 'arn:aws:s3:::amzn-s3-demo-bucket/*') =>
  policyText([
    {
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::111122223333:root' },
      Action: action,
      Resource: resource,
    },
  ]);

const findings = (text: string) =>
  findingsWithCode('unsupported-action-in-policy', text, 'resource', testCatalog());

describe('unsupported-action-in-policy', () => {
  it.each(['ec2:TerminateInstances', 'iam:*', 'IAM:ListRoles'])(
    'reports %s in a policy whose resources are S3 ARNs, on the action',
    (action) => {
      const text = bucketPolicy(['s3:GetObject', action]);
      const [finding] = findings(text);
      expect(finding?.severity).toBe('error');
      expect(spanText(text, finding!)).toBe(`"${action}"`);
      expect(finding?.message).toContain('belongs to a resource of s3');
    },
  );

  it('is silent on actions of the resource service, unknown actions and wildcards', () => {
    expect(findings(bucketPolicy(['s3:GetObject', 's3:*', '*', 'ec2:NoSuchAction']))).toEqual([]);
  });

  it('is silent when the resources tell no single service', () => {
    expect(findings(bucketPolicy('ec2:TerminateInstances', '*'))).toEqual([]);
    const mixed = [
      'arn:aws:s3:::amzn-s3-demo-bucket/*',
      'arn:aws:ec2:us-east-1:111122223333:instance/*',
    ];
    expect(findings(bucketPolicy('ec2:TerminateInstances', mixed))).toEqual([]);
  });

  it('leaves identity policies and lint without the service reference alone', () => {
    const text = bucketPolicy('ec2:TerminateInstances');
    expect(
      findingsWithCode('unsupported-action-in-policy', text, 'identity', testCatalog()),
    ).toEqual([]);
    expect(findingsWithCode('unsupported-action-in-policy', text, 'resource')).toEqual([]);
  });
});
