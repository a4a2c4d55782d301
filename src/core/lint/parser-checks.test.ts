import { describe, expect, it } from 'vitest';
import type { PolicyType } from '../scenario/model.ts';
import type { LintSeverity } from './finding.ts';
import { lintPolicy } from './lint-policy.ts';
import { policyText, spanText } from './testing.ts';

/*
 * The checks the parser makes (src/core/policy: JSON syntax, the grammar's schema, policy-checks.ts)
 * reach the user through lintPolicy; each one here fires on a broken policy and stays silent on
 * the mended one.
 */

const statement = { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' };

interface Case {
  check: string;
  broken: string;
  mended: string;
  policyType?: PolicyType;
  code: string;
  severity: LintSeverity;
  /** Part of the message, and the text the finding spans. */
  says: string;
  at: string;
}

const CASES: Case[] = [
  {
    check: 'JSON syntax',
    broken: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow",}]}',
    mended: policyText([statement]),
    code: 'syntax',
    severity: 'error',
    says: 'Invalid JSON',
    at: '}',
  },
  {
    check: 'missing Version',
    broken: policyText([statement], null),
    mended: policyText([statement]),
    code: 'missing-version',
    severity: 'warning',
    says: 'Add "Version": "2012-10-17"',
    at: '{',
  },
  {
    check: 'invalid Version',
    broken: policyText([statement], '2020-01-01'),
    mended: policyText([statement], '2012-10-17'),
    code: 'schema',
    severity: 'error',
    says: 'Version must be "2012-10-17" or "2008-10-17"',
    at: '"2020-01-01"',
  },
  {
    check: 'missing Statement',
    broken: '{"Version": "2012-10-17"}',
    mended: policyText([statement]),
    code: 'schema',
    severity: 'error',
    says: 'Missing property "Statement"',
    at: '{"Version": "2012-10-17"}',
  },
  {
    check: 'missing Effect',
    broken: '{"Statement": {"Action": "s3:GetObject", "Resource": "*"}}',
    mended: '{"Statement": {"Effect": "Deny", "Action": "s3:GetObject", "Resource": "*"}}',
    code: 'schema',
    severity: 'error',
    says: 'Missing property "Effect"',
    at: '{"Action": "s3:GetObject", "Resource": "*"}',
  },
  {
    check: 'invalid Effect',
    broken: policyText([{ ...statement, Effect: 'allow' }]),
    mended: policyText([statement]),
    code: 'schema',
    severity: 'error',
    says: 'Effect must be "Allow" or "Deny"',
    at: '"allow"',
  },
  {
    check: 'missing Action',
    broken: '{"Statement": {"Effect": "Deny", "Resource": "*"}}',
    mended: '{"Statement": {"Effect": "Deny", "NotAction": "s3:GetObject", "Resource": "*"}}',
    code: 'schema',
    severity: 'error',
    says: 'A statement must have Action or NotAction',
    at: '{"Effect": "Deny", "Resource": "*"}',
  },
  {
    check: 'invalid Action',
    broken: policyText([{ ...statement, Action: 3 }]),
    mended: policyText([{ ...statement, Action: ['s3:GetObject'] }]),
    code: 'schema',
    severity: 'error',
    says: 'Action must be a string or an array of strings',
    at: '3',
  },
  {
    check: 'invalid Resource',
    broken: policyText([{ ...statement, Resource: { Bucket: 'b' } }]),
    mended: policyText([{ ...statement, Resource: ['arn:aws:s3:::b/*'] }]),
    code: 'schema',
    severity: 'error',
    says: 'Resource must be a string or an array of strings',
    at: '{\n        "Bucket": "b"\n      }',
  },
  {
    check: 'invalid Principal',
    broken: policyText([{ ...statement, Principal: { User: '111122223333' } }]),
    mended: policyText([{ ...statement, Principal: { AWS: '111122223333' } }]),
    policyType: 'resource',
    code: 'schema',
    severity: 'error',
    says: 'Principal must be "*" or an object with AWS, Service, Federated or CanonicalUser',
    at: '{\n        "User": "111122223333"\n      }',
  },
  {
    check: 'unknown condition operator, with "did you mean"',
    broken: policyText([{ ...statement, Condition: { StringEqualz: { 'aws:username': 'a' } } }]),
    mended: policyText([{ ...statement, Condition: { StringEquals: { 'aws:username': 'a' } } }]),
    code: 'schema',
    severity: 'error',
    says: '(did you mean "StringEquals"?)',
    at: '"StringEqualz"',
  },
  {
    check: 'duplicate Sids',
    broken: policyText([
      { ...statement, Sid: 'Read' },
      { ...statement, Sid: 'Read', Action: 's3:ListBucket' },
    ]),
    mended: policyText([
      { ...statement, Sid: 'Read' },
      { ...statement, Sid: 'List', Action: 's3:ListBucket' },
    ]),
    code: 'duplicate-sid',
    severity: 'error',
    says: 'Sids must be unique within a policy',
    at: '"Read"',
  },
  {
    check: 'Allow with NotPrincipal',
    broken: policyText([{ ...statement, NotPrincipal: { AWS: '111122223333' } }]),
    mended: policyText([{ ...statement, Effect: 'Deny', NotPrincipal: { AWS: '111122223333' } }]),
    policyType: 'resource',
    code: 'allow-with-not-principal',
    severity: 'security-warning',
    says: 'grants access to every principal except those listed',
    at: '"NotPrincipal"',
  },
];

describe('the parser checks, as lint findings', () => {
  it.each(CASES)('$check: reports it', ({ broken, policyType, code, severity, says, at }) => {
    const finding = lintPolicy(broken, policyType ?? 'identity').find((f) => f.code === code);
    expect(finding?.severity).toBe(severity);
    expect(finding?.message).toContain(says);
    expect(spanText(broken, finding!)).toBe(at);
  });

  it.each(CASES)('$check: silent once mended', ({ mended, policyType, code }) => {
    const codes = lintPolicy(mended, policyType ?? 'identity').map((finding) => finding.code);
    expect(codes).not.toContain(code);
  });
});
