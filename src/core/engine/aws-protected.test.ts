import { describe, expect, it } from 'vitest';
import { awsProtectedResource } from './aws-protected.ts';

const SSO_ROLE =
  'arn:aws:iam::111122223333:role/aws-reserved/sso.amazonaws.com/eu-west-1/AWSReservedSSO_Admin_0123456789abcdef';

const sourceOf = (action: string, resource: string) =>
  awsProtectedResource(action, resource)?.source.title;

describe('awsProtectedResource', () => {
  // IAM User Guide, "AWS managed policies" and "Delete IAM policies"; IAM API Reference, TagPolicy.
  it.each([
    'iam:CreatePolicyVersion',
    'iam:DeletePolicyVersion',
    'iam:SetDefaultPolicyVersion',
    'iam:DeletePolicy',
    'iam:TagPolicy',
    'iam:UntagPolicy',
  ])('refuses %s on an AWS managed policy, in every partition', (action) => {
    for (const partition of ['aws', 'aws-cn', 'aws-us-gov']) {
      const rule = awsProtectedResource(action, `arn:${partition}:iam::aws:policy/ReadOnlyAccess`);
      expect(rule?.kind).toBe('aws-protected');
    }
    expect(awsProtectedResource(action, 'arn:aws:iam::111122223333:policy/Mine')).toBeUndefined();
  });

  it('cites the page of each rule', () => {
    const policy = 'arn:aws:iam::aws:policy/job-function/ViewOnlyAccess';
    expect(sourceOf('iam:CreatePolicyVersion', policy)).toBe(
      'IAM User Guide, AWS managed policies',
    );
    expect(sourceOf('iam:DeletePolicy', policy)).toBe('IAM User Guide, Delete IAM policies');
    expect(sourceOf('iam:UntagPolicy', policy)).toBe('IAM API Reference, TagPolicy');
    expect(awsProtectedResource('iam:DeletePolicy', policy)?.source.url).toMatch(
      /^https:\/\/docs\.aws\.amazon\.com\//,
    );
  });

  it('matches actions case-insensitively and leaves reads and attachments alone', () => {
    const policy = 'arn:aws:iam::aws:policy/AdministratorAccess';
    expect(awsProtectedResource('IAM:createpolicyversion', policy)).toBeDefined();
    expect(awsProtectedResource('iam:GetPolicyVersion', policy)).toBeUndefined();
    expect(awsProtectedResource('iam:AttachUserPolicy', policy)).toBeUndefined();
  });

  // IAM Identity Center User Guide, Troubleshooting: "Cannot perform the operation on the protected role".
  it.each([
    'iam:AttachRolePolicy',
    'iam:PutRolePolicy',
    'iam:UpdateAssumeRolePolicy',
    'iam:PutRolePermissionsBoundary',
    'iam:DeleteRole',
  ])('refuses %s on an AWSReservedSSO_ role', (action) => {
    expect(awsProtectedResource(action, SSO_ROLE)?.kind).toBe('aws-protected');
    expect(
      awsProtectedResource(
        action,
        'arn:aws:iam::111122223333:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_ReadOnly_1a2b',
      ),
    ).toBeDefined();
  });

  it('protects only the roles Identity Center makes: its path and its name prefix', () => {
    expect(awsProtectedResource('iam:GetRole', SSO_ROLE)).toBeUndefined();
    expect(awsProtectedResource('sts:AssumeRole', SSO_ROLE)).toBeUndefined();
    expect(
      awsProtectedResource('iam:DeleteRole', 'arn:aws:iam::111122223333:role/AWSReservedSSO_Mine'),
    ).toBeUndefined();
    expect(
      awsProtectedResource(
        'iam:DeleteRole',
        'arn:aws:iam::111122223333:role/aws-reserved/sso.amazonaws.com/Other',
      ),
    ).toBeUndefined();
  });

  // KMS Developer Guide, "Create aliases": the alias/aws/ prefix is reserved for AWS managed keys.
  it.each(['kms:CreateAlias', 'kms:UpdateAlias', 'kms:DeleteAlias'])(
    'refuses %s on an alias/aws/ alias, not on others',
    (action) => {
      expect(
        awsProtectedResource(action, 'arn:aws:kms:us-east-1:111122223333:alias/aws/s3')?.kind,
      ).toBe('aws-protected');
      expect(
        awsProtectedResource(action, 'arn:aws:kms:us-east-1:111122223333:alias/awsome'),
      ).toBeUndefined();
      expect(
        awsProtectedResource(action, 'arn:aws:kms:us-east-1:111122223333:alias/app/aws/x'),
      ).toBeUndefined();
    },
  );
});
