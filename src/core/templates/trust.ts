import { pretty, type PolicyTemplate } from './template.ts';

/*
 * One trust policy per trusted entity type the IAM console offers when creating a role
 * ("Creating a role to delegate permissions to an AWS service", "... to an IAM user",
 * "Creating a role for web identity or OpenID Connect federation", "Creating a role for SAML 2.0
 * federation", "Configuring a role for GitHub OIDC identity provider", AWS IAM User Guide).
 */
const trust = (statement: Record<string, unknown>) =>
  pretty({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', ...statement }] });

/** Principals of account 444455556666 may assume the role when `condition` holds. */
const otherAccount = (condition: Record<string, unknown>) =>
  trust({
    Principal: { AWS: 'arn:aws:iam::444455556666:root' },
    Action: 'sts:AssumeRole',
    Condition: condition,
  });

export const TRUST_TEMPLATES: PolicyTemplate[] = [
  {
    id: 'trust-aws-service',
    title: 'Trust an AWS service',
    description: 'Lets an AWS service (here EC2, for an instance profile) assume the role.',
    category: 'trust',
    type: 'trust',
    document: trust({
      Principal: { Service: 'ec2.amazonaws.com' },
      Action: 'sts:AssumeRole',
    }),
  },
  {
    id: 'trust-other-account',
    title: 'Trust another AWS account',
    description:
      'Lets principals of account 444455556666 assume the role, when their own policies allow it and they signed in with MFA.',
    category: 'trust',
    type: 'trust',
    document: otherAccount({ Bool: { 'aws:MultiFactorAuthPresent': 'true' } }),
  },
  {
    id: 'trust-third-party-external-id',
    title: 'Trust a third party with an external ID',
    description:
      'For a vendor that assumes the role from its own account: the external ID guards against the confused deputy problem.',
    category: 'trust',
    type: 'trust',
    document: otherAccount({ StringEquals: { 'sts:ExternalId': 'Unique-External-ID-1234' } }),
  },
  {
    id: 'trust-github-oidc',
    title: 'Trust GitHub Actions (OIDC)',
    description:
      'Lets workflows of one repository\u2019s main branch assume the role. Always pin both the audience and the subject.',
    category: 'trust',
    type: 'trust',
    document: trust({
      Principal: {
        Federated: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com',
      },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: {
          'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
          'token.actions.githubusercontent.com:sub':
            'repo:example-org/example-repo:ref:refs/heads/main',
        },
      },
    }),
  },
  {
    id: 'trust-cognito-web-identity',
    title: 'Trust web identity (Amazon Cognito)',
    description:
      'Lets authenticated users of one Cognito identity pool assume the role, with the pool id as the audience.',
    category: 'trust',
    type: 'trust',
    document: trust({
      Principal: { Federated: 'cognito-identity.amazonaws.com' },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: {
          'cognito-identity.amazonaws.com:aud': 'us-east-1:12345678-abcd-abcd-abcd-123456789012',
        },
        'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' },
      },
    }),
  },
  {
    id: 'trust-saml',
    title: 'Trust SAML 2.0 federation',
    description: 'Lets users of a SAML identity provider sign in to the AWS console with the role.',
    category: 'trust',
    type: 'trust',
    document: trust({
      Principal: { Federated: 'arn:aws:iam::111122223333:saml-provider/ExampleIdP' },
      Action: ['sts:AssumeRoleWithSAML', 'sts:TagSession'],
      Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } },
    }),
  },
  {
    id: 'trust-custom',
    title: 'Custom trust policy',
    description: 'A starting point to name your own principals and conditions.',
    category: 'trust',
    type: 'trust',
    document: trust({
      Principal: { AWS: 'arn:aws:iam::111122223333:role/ExampleRole' },
      Action: 'sts:AssumeRole',
    }),
  },
];
