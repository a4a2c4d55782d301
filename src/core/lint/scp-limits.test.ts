import { describe, expect, it } from 'vitest';
import { lintPolicy } from './lint-policy.ts';
import { findingsWithCode, policyText, spanText } from './testing.ts';

/*
 * SCP syntax limits (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_syntax.html).
 * Since 19 September 2025 SCPs take the full IAM policy language ("AWS Organizations service
 * control policy now supports full IAM language", AWS Security Blog): conditions, resource ARNs
 * and NotAction in Allow statements, NotResource in Allow and Deny, and wildcards anywhere in an
 * action. What remains: no Principal or NotPrincipal (unsupported-principal), and 5,120
 * characters, white space included (policy-size). The older limits, Access Analyzer's "SCP syntax
 * error allow NotAction / allow resource / allow condition / NotResource / action wildcard", would
 * be false alarms now, so no rule reports them.
 */

const errorsOf = (text: string) =>
  lintPolicy(text, 'scp').filter((finding) => finding.severity === 'error');

describe('SCP syntax limits', () => {
  it('reports Principal and NotPrincipal in an SCP', () => {
    const text = policyText([
      { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*' },
      { Effect: 'Deny', NotPrincipal: { AWS: '111122223333' }, Action: 's3:*', Resource: '*' },
    ]);
    const findings = findingsWithCode('unsupported-principal', text, 'scp');
    expect(findings.map((finding) => finding.severity)).toEqual(['error', 'error']);
    expect(spanText(text, findings[0]!)).toBe('"Principal": "*"');
  });

  it('reports an SCP over 5,120 characters, white space included', () => {
    const actions = Array.from({ length: 260 }, (_, i) => `ec2:DescribeThing${i}`);
    const text = policyText([{ Effect: 'Deny', Action: actions, Resource: '*' }]);
    expect(findingsWithCode('policy-size', text, 'scp')[0]?.severity).toBe('error');
  });

  it('accepts NotResource, NotAction, conditions and resource ARNs in Allow statements (full IAM language, 2025)', () => {
    const text = policyText([
      {
        Effect: 'Allow',
        NotAction: ['iam:*', 'organizations:*'],
        NotResource: 'arn:aws:s3:::audit-logs/*',
        Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } },
      },
      { Effect: 'Allow', Action: 's3:*Object', Resource: 'arn:aws:s3:::reports/*' },
      { Effect: 'Deny', Action: '*', NotResource: 'arn:aws:s3:::reports/*' },
    ]);
    expect(errorsOf(text)).toEqual([]);
  });
});
