import { describe, expect, it } from 'vitest';
import { allow, deny, policy } from '../engine/test-scenarios.ts';
import { explainOne } from './testing.ts';

const APP_ROLE_SSO =
  'arn:aws:iam::111122223333:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_Admin_0123456789abcdef';

describe('explaining a request that a rule of AWS decided', () => {
  // AWS STS API Reference, GetCallerIdentity: an explicit Deny does not stop it.
  it('says a call that needs no permission is allowed whatever the policies say, and why', () => {
    const explanation = explainOne(
      [policy('guard', 'identity', [deny('sts:*', '*', { Sid: 'NoSts' })])],
      { action: 'sts:GetCallerIdentity', resource: '*' },
    );
    expect(explanation.decision).toBe('allowed');
    expect(explanation.headline).toBe(
      'Allowed whatever the policies say: sts:GetCallerIdentity needs no permission: "If an administrator attaches a policy to your identity that explicitly denies access to the sts:GetCallerIdentity action, you can still perform this operation."',
    );
    expect(explanation.steps[0]).toMatchObject({
      kind: 'aws-rule',
      tone: 'allow',
      text: expect.stringContaining(
        'Source: AWS STS API Reference, GetCallerIdentity (https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html).',
      ) as unknown,
    });
    expect(explanation.steps[1]).toMatchObject({
      kind: 'explicit-deny',
      tone: 'skipped',
      text: 'Statement NoSts in guard denies the request, but this call needs no permission, so no Deny stops it.',
    });
    expect(explanation.deciding).toEqual([]);
  });

  // IAM Identity Center User Guide, Troubleshooting: the AWSReservedSSO_ roles are protected.
  it('says a change to what AWS owns is denied whatever the policies say, and why', () => {
    const explanation = explainOne([policy('admin', 'identity', [allow('*')])], {
      action: 'iam:UpdateAssumeRolePolicy',
      resource: APP_ROLE_SSO,
    });
    expect(explanation.decision).toBe('explicitDeny');
    expect(explanation.headline).toMatch(
      /^Denied whatever the policies say: AWSReservedSSO_ roles belong to IAM Identity Center/,
    );
    expect(explanation.steps[0]).toMatchObject({ kind: 'aws-rule', tone: 'deny' });
    expect(explanation.steps[0]?.text).toContain(
      'https://docs.aws.amazon.com/singlesignon/latest/userguide/troubleshooting.html',
    );
    expect(explanation.deciding).toEqual([]);
  });

  it('adds no rule step when the policies decide', () => {
    const explanation = explainOne([policy('admin', 'identity', [allow('*')])], {
      action: 'iam:UpdateAssumeRolePolicy',
      resource: 'arn:aws:iam::111122223333:role/App',
    });
    expect(explanation.steps.map((step) => step.kind)).not.toContain('aws-rule');
    expect(explanation.headline).toBe('Allowed by Statement 1 in admin.');
  });
});
