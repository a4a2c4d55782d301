import { describe, expect, it } from 'vitest';
import { findingsWithCode, policyText } from '../testing.ts';

const GITHUB = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com';
const trust = (federated: string, condition?: object) =>
  policyText([
    {
      Effect: 'Allow',
      Principal: { Federated: federated },
      Action: 'sts:AssumeRoleWithWebIdentity',
      ...(condition && { Condition: condition }),
    },
  ]);

describe('oidc-missing-condition', () => {
  it('reports a GitHub trust without aud and sub, naming the missing keys', () => {
    const [finding] = findingsWithCode('oidc-missing-condition', trust(GITHUB), 'trust');
    expect(finding?.severity).toBe('security-warning');
    expect(finding?.message).toContain(
      'token.actions.githubusercontent.com:aud and token.actions.githubusercontent.com:sub',
    );
    const onlyAud = trust(GITHUB, {
      StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
    });
    expect(findingsWithCode('oidc-missing-condition', onlyAud, 'trust')[0]?.message).toContain(
      ':sub',
    );
  });

  it('reports other OIDC providers without their audience', () => {
    expect(
      findingsWithCode('oidc-missing-condition', trust('accounts.google.com'), 'trust'),
    ).toHaveLength(1);
    const eks = 'arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABC';
    expect(findingsWithCode('oidc-missing-condition', trust(eks), 'trust')[0]?.message).toContain(
      'oidc.eks.us-east-1.amazonaws.com/id/ABC:aud',
    );
  });

  it('is silent when the conditions are there, and for SAML', () => {
    const complete = trust(GITHUB, {
      StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
      StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:org/app:ref:refs/heads/main' },
    });
    expect(findingsWithCode('oidc-missing-condition', complete, 'trust')).toEqual([]);
    const saml = trust('arn:aws:iam::111122223333:saml-provider/idp');
    expect(findingsWithCode('oidc-missing-condition', saml, 'trust')).toEqual([]);
  });

  it('leaves a provider in a bucket policy to federated-principal-unsupported', () => {
    const bucket = trust(GITHUB).replace('"sts:AssumeRoleWithWebIdentity"', '"s3:GetObject"');
    expect(findingsWithCode('oidc-missing-condition', bucket, 'resource')).toEqual([]);
  });
});
