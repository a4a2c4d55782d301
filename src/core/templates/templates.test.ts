import { describe, expect, it } from 'vitest';
import { simulate } from '../engine/evaluate.ts';
import { parsePolicy } from '../policy/parse.ts';
import {
  SCENARIO_FORMAT,
  type ContextValue,
  type Decision,
  type ScenarioPolicy,
} from '../scenario/model.ts';
import { POLICY_TEMPLATES } from './index.ts';

const ALICE = 'arn:aws:iam::111122223333:user/alice';
const ALLOW_ALL: ScenarioPolicy = {
  id: 'all',
  type: 'identity',
  document: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}',
};

function template(id: string): ScenarioPolicy {
  const found = POLICY_TEMPLATES.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no template ${id}`);
  return { id: found.id, type: found.type, document: found.document };
}

function decide(
  policies: ScenarioPolicy[],
  action: string,
  resource: string,
  context: Record<string, ContextValue> = {},
  principal = ALICE,
): Decision {
  const result = simulate(
    { format: SCENARIO_FORMAT, policies, requests: [{ principal, action, resource, context }] },
    { now: new Date('2026-06-01T00:00:00Z') },
  );
  return result.results[0]!.decision;
}

describe('templates', () => {
  it('have unique ids, and every one parses without a single problem', () => {
    expect(new Set(POLICY_TEMPLATES.map((entry) => entry.id)).size).toBe(POLICY_TEMPLATES.length);
    for (const entry of POLICY_TEMPLATES) {
      expect({ id: entry.id, problems: parsePolicy(entry.document).problems }).toEqual({
        id: entry.id,
        problems: [],
      });
    }
  });

  it('offer a trust policy for each trusted entity type and the two seed examples', () => {
    const ids = POLICY_TEMPLATES.map((entry) => entry.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        's3-get-object',
        'visual-editor-mfa',
        'trust-aws-service',
        'trust-other-account',
        'trust-github-oidc',
        'trust-saml',
        'trust-custom',
      ]),
    );
  });

  it('deny outside approved Regions: denies EC2 in ap-south-1, not in eu-west-1, never IAM', () => {
    // An SCP only filters: the level also needs AWS's default FullAWSAccess SCP to allow anything.
    const fullAccess: ScenarioPolicy = {
      ...ALLOW_ALL,
      id: 'full-aws-access',
      type: 'scp',
      level: 0,
    };
    const policies = [ALLOW_ALL, fullAccess, { ...template('deny-outside-regions'), level: 0 }];
    const instance = 'arn:aws:ec2:ap-south-1:111122223333:instance/i-1';
    expect(
      decide(policies, 'ec2:StartInstances', instance, { 'aws:RequestedRegion': 'ap-south-1' }),
    ).toBe('explicitDeny');
    expect(
      decide(policies, 'ec2:StartInstances', instance, { 'aws:RequestedRegion': 'eu-west-1' }),
    ).toBe('allowed');
    expect(decide(policies, 'iam:CreateUser', '*', { 'aws:RequestedRegion': 'us-east-1' })).toBe(
      'allowed',
    );
  });

  it('require MFA: denies without MFA (BoolIfExists treats a missing key as a match), allows MFA setup', () => {
    const policies = [ALLOW_ALL, template('require-mfa')];
    expect(decide(policies, 's3:GetObject', 'arn:aws:s3:::b/k')).toBe('explicitDeny');
    expect(
      decide(policies, 's3:GetObject', 'arn:aws:s3:::b/k', {
        'aws:MultiFactorAuthPresent': 'true',
      }),
    ).toBe('allowed');
    expect(decide(policies, 'iam:EnableMFADevice', '*')).toBe('allowed');
  });

  it('deny without TLS: the bucket policy denies plain HTTP', () => {
    const bucket = {
      ...template('deny-without-tls'),
      attachedTo: ['arn:aws:s3:::amzn-s3-demo-bucket*'],
    };
    const object = 'arn:aws:s3:::amzn-s3-demo-bucket/a.txt';
    expect(
      decide([ALLOW_ALL, bucket], 's3:GetObject', object, { 'aws:SecureTransport': 'false' }),
    ).toBe('explicitDeny');
    expect(
      decide([ALLOW_ALL, bucket], 's3:GetObject', object, { 'aws:SecureTransport': 'true' }),
    ).toBe('allowed');
  });

  it('tag-based access: only instances of the caller\u2019s own project', () => {
    const policies = [template('tag-based-access')];
    const instance = 'arn:aws:ec2:eu-west-1:111122223333:instance/i-1';
    const tags = (resource: string) => ({
      'aws:PrincipalTag/project': 'apollo',
      'aws:ResourceTag/project': resource,
    });
    expect(decide(policies, 'ec2:StopInstances', instance, tags('apollo'))).toBe('allowed');
    expect(decide(policies, 'ec2:StopInstances', instance, tags('gemini'))).toBe('implicitDeny');
  });

  it('S3 read-only to one prefix: lists and reads only under reports/', () => {
    const policies = [template('s3-read-only-prefix')];
    expect(
      decide(policies, 's3:GetObject', 'arn:aws:s3:::amzn-s3-demo-bucket/reports/q1.csv'),
    ).toBe('allowed');
    expect(decide(policies, 's3:GetObject', 'arn:aws:s3:::amzn-s3-demo-bucket/private/x')).toBe(
      'implicitDeny',
    );
    expect(
      decide(policies, 's3:ListBucket', 'arn:aws:s3:::amzn-s3-demo-bucket', {
        's3:prefix': 'reports/2026/',
      }),
    ).toBe('allowed');
    expect(
      decide(policies, 's3:ListBucket', 'arn:aws:s3:::amzn-s3-demo-bucket', {
        's3:prefix': 'private/',
      }),
    ).toBe('implicitDeny');
  });

  it('trust an AWS service: EC2 may assume the role, another service may not', () => {
    const trust = {
      ...template('trust-aws-service'),
      attachedTo: ['arn:aws:iam::111122223333:role/App'],
    };
    const role = 'arn:aws:iam::111122223333:role/App';
    expect(decide([trust], 'sts:AssumeRole', role, {}, 'ec2.amazonaws.com')).toBe('allowed');
    expect(decide([trust], 'sts:AssumeRole', role, {}, 'lambda.amazonaws.com')).toBe(
      'implicitDeny',
    );
  });
});
