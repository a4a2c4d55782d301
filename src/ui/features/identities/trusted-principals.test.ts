import { describe, expect, it } from 'vitest';
import { trustedPrincipals } from './trusted-principals.ts';

const trust = (statements: object[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements });

describe('trustedPrincipals', () => {
  it('lists the Principal entries of each Allow statement with its calls', () => {
    const text = trust([
      {
        Effect: 'Allow',
        Principal: { Service: ['ec2.amazonaws.com'], AWS: 'arn:aws:iam::111122223333:root' },
        Action: 'sts:AssumeRole',
      },
      {
        Effect: 'Allow',
        Principal: {
          Federated: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com',
        },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
        },
      },
    ]);
    expect(trustedPrincipals(text)).toEqual([
      {
        kind: 'Service',
        value: 'ec2.amazonaws.com',
        actions: ['sts:AssumeRole'],
        conditional: false,
      },
      {
        kind: 'AWS',
        value: 'arn:aws:iam::111122223333:root',
        actions: ['sts:AssumeRole'],
        conditional: false,
      },
      {
        kind: 'Federated',
        value: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com',
        actions: ['sts:AssumeRoleWithWebIdentity'],
        conditional: true,
      },
    ]);
  });

  it('leaves out a Deny and a NotPrincipal: they name who cannot', () => {
    const text = trust([
      {
        Effect: 'Deny',
        Principal: { AWS: 'arn:aws:iam::111122223333:user/mallory' },
        Action: 'sts:AssumeRole',
      },
      {
        Effect: 'Allow',
        NotPrincipal: { AWS: 'arn:aws:iam::111122223333:user/eve' },
        Action: 'sts:AssumeRole',
      },
    ]);
    expect(trustedPrincipals(text)).toEqual([]);
  });

  it('reads "Principal": "*" as everyone', () => {
    const text = trust([{ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' }]);
    expect(trustedPrincipals(text).map(({ kind, value }) => `${kind} ${value}`)).toEqual(['AWS *']);
  });
});
