import { describe, expect, it } from 'vitest';
import { parseRequestPrincipal } from './request-principal.ts';

describe('parseRequestPrincipal', () => {
  it.each([
    [
      'arn:aws:iam::111122223333:user/dev/alice',
      { kind: 'user', account: '111122223333', userName: 'alice', principalType: 'User' },
    ],
    [
      'arn:aws:iam::111122223333:role/team/App',
      {
        kind: 'role-session',
        roleName: 'App',
        rolePath: '/team/',
        arn: 'arn:aws:iam::111122223333:role/team/App',
      },
    ],
    [
      'arn:aws:sts::111122223333:assumed-role/App/s1',
      {
        kind: 'role-session',
        arn: 'arn:aws:iam::111122223333:role/App',
        sessionArn: 'arn:aws:sts::111122223333:assumed-role/App/s1',
        principalType: 'AssumedRole',
      },
    ],
    [
      'arn:aws:sts::111122223333:federated-user/carol',
      { kind: 'federated-user', principalType: 'FederatedUser' },
    ],
    ['arn:aws:iam::111122223333:root', { kind: 'root', principalType: 'Account' }],
    ['s3.amazonaws.com', { kind: 'service' }],
    ['*', { kind: 'anonymous', principalType: 'Anonymous' }],
    ['alice', { kind: 'unknown' }],
    ['arn:aws:iam::111122223333:group/devs', { kind: 'unknown' }],
    // Web identity and SAML callers are named by their identity provider, as trust policies name them.
    [
      'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com',
      { kind: 'web-identity', federatedCall: 'sts:assumerolewithwebidentity' },
    ],
    [
      'arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE',
      { kind: 'web-identity' },
    ],
    [
      'accounts.google.com',
      { kind: 'web-identity', federatedCall: 'sts:assumerolewithwebidentity' },
    ],
    ['cognito-identity.amazonaws.com', { kind: 'web-identity' }],
    ['graph.facebook.com', { kind: 'web-identity' }],
    ['www.amazon.com', { kind: 'web-identity' }],
    [
      'arn:aws:iam::111122223333:saml-provider/ExampleOrgSSOProvider',
      {
        kind: 'saml',
        federatedCall: 'sts:assumerolewithsaml',
        samlDoc: '111122223333/ExampleOrgSSOProvider',
      },
    ],
    ['arn:aws:iam::111122223333:saml-provider/', { kind: 'unknown' }],
    ['arn:aws:iam::111122223333:oidc-provider/', { kind: 'unknown' }],
  ])('reads %s', (principal, expected) => {
    expect(parseRequestPrincipal(principal)).toMatchObject(expected);
  });

  it('gives a web identity or SAML caller no account, ARN or principal type: the call is not signed', () => {
    for (const raw of [
      'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com',
      'arn:aws:iam::111122223333:saml-provider/ExampleOrgSSOProvider',
      'accounts.google.com',
    ]) {
      const principal = parseRequestPrincipal(raw);
      expect([principal.account, principal.arn, principal.principalType]).toEqual([
        undefined,
        undefined,
        undefined,
      ]);
    }
  });

  it('recognises service-linked roles by their path', () => {
    const slr =
      'arn:aws:iam::111122223333:role/aws-service-role/support.amazonaws.com/AWSServiceRoleForSupport';
    expect(parseRequestPrincipal(slr).serviceLinked).toBe(true);
    expect(parseRequestPrincipal('arn:aws:iam::111122223333:role/App').serviceLinked).toBe(false);
  });
});
