import { describe, expect, it } from 'vitest';
import { testCatalog } from '../test-catalog.ts';
import { applyFirstFix, findingsWithCode, policyText, spanText } from '../testing.ts';

/* The reference's ARN formats (Access Analyzer: "ARN account not allowed", "ARN Region not allowed", "Missing ARN Region"). */

const allow = (action: string, resource: string) =>
  policyText([{ Effect: 'Allow', Action: action, Resource: resource }]);
const findings = (text: string) =>
  findingsWithCode('arn-segments', text, 'identity', testCatalog());

describe('arn-segments', () => {
  it.each([
    [
      's3:GetObject',
      'arn:aws:s3::111122223333:reports/*',
      '111122223333',
      'arn:aws:s3:::reports/*',
    ],
    [
      'iam:GetRole',
      'arn:aws:iam:us-east-1:111122223333:role/app',
      'us-east-1',
      'arn:aws:iam::111122223333:role/app',
    ],
  ])(
    'reports %s on %s at the field no ARN of the service has, and removes it',
    (action, arn, field, fixed) => {
      const text = allow(action, arn);
      const [finding] = findings(text);
      expect(finding?.severity).toBe('error');
      expect(spanText(text, finding!)).toBe(field);
      expect(applyFirstFix(text, finding!)).toBe(allow(action, fixed));
      expect(findingsWithCode('unsupported-resource', text, 'identity', testCatalog())).toEqual([]);
    },
  );

  it('reports a Region left out where every ARN of the service has one', () => {
    const [finding] = findings(
      allow('ec2:TerminateInstances', 'arn:aws:ec2::111122223333:instance/*'),
    );
    expect(finding?.message).toContain('ec2 ARNs name a Region');
  });

  it('is silent for right ARNs, open fields and services not loaded', () => {
    for (const [action, arn] of [
      ['s3:GetObject', 'arn:aws:s3:::reports/*'],
      ['ec2:TerminateInstances', 'arn:aws:ec2:us-east-1:111122223333:instance/*'],
      ['ec2:TerminateInstances', 'arn:aws:ec2:*:111122223333:instance/*'],
      ['s3:GetObject', 'arn:aws:s3:${aws:RequestedRegion}:111122223333:reports/*'],
      ['kms:Decrypt', 'arn:aws:kms::111122223333:key/*'],
      ['s3:GetObject', 'arn:aws:s3:us-east-?::reports/*'],
    ] as const) {
      expect(findings(allow(action, arn)), arn).toEqual([]);
    }
  });

  it('reads a $ that opens no variable as text', () => {
    const text = allow('s3:GetObject', 'arn:aws:s3::1$2:reports/*');
    expect(findings(text).map((finding) => spanText(text, finding))).toEqual(['1$2']);
  });
});
