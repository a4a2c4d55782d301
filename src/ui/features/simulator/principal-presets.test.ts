import { describe, expect, it } from 'vitest';
import { readScenario, SCENARIO_FORMAT } from '../../../core/index.ts';
import {
  federatedCallFill,
  PRINCIPAL_PRESETS,
  presetOf,
  presetPrincipal,
  principalAccount,
} from './principal-presets.ts';

describe('principal presets', () => {
  it('fills a principal that reads back as the same preset', () => {
    for (const preset of PRINCIPAL_PRESETS) expect(presetOf(presetPrincipal(preset))).toBe(preset);
  });

  it('keeps the account when switching presets', () => {
    const account = principalAccount('arn:aws:iam::444455556666:user/bob');
    expect(account).toBe('444455556666');
    expect(presetPrincipal('session', account)).toBe(
      'arn:aws:sts::444455556666:assumed-role/AppRole/session-1',
    );
    expect(presetPrincipal('root', account)).toBe('arn:aws:iam::444455556666:root');
  });

  it('fills principals a scenario accepts, a web identity and a SAML caller among them', () => {
    const requests = PRINCIPAL_PRESETS.map((preset) => ({
      principal: presetPrincipal(preset),
      action: 'sts:AssumeRoleWithWebIdentity',
      resource: 'arn:aws:iam::111122223333:role/Deploy',
    }));
    const read = readScenario(JSON.stringify({ format: SCENARIO_FORMAT, policies: [], requests }));
    expect(read.ok ? [] : read.errors).toEqual([]);
  });

  it('reads the identity providers built into IAM as web identity, not as services', () => {
    expect(presetOf('cognito-identity.amazonaws.com')).toBe('web-identity');
    expect(presetOf('accounts.google.com')).toBe('web-identity');
    expect(presetOf('arn:aws:iam::111122223333:saml-provider/Okta')).toBe('saml');
    expect(presetOf('lambda.amazonaws.com')).toBe('service');
  });

  // "Configuring a role for GitHub OIDC identity provider"; "Available keys for SAML-based AWS STS federation".
  it('offers the one call of a web identity or SAML caller with the keys it is checked on', () => {
    expect(federatedCallFill('web-identity')).toEqual({
      action: 'sts:AssumeRoleWithWebIdentity',
      context: {
        'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
        'token.actions.githubusercontent.com:sub': 'repo:octo-org/octo-repo:ref:refs/heads/main',
      },
    });
    expect(federatedCallFill('saml')).toEqual({
      action: 'sts:AssumeRoleWithSAML',
      context: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' },
    });
    expect(federatedCallFill('user')).toBeUndefined();
  });

  it('recognises no preset in free text', () => {
    expect(presetOf('alice')).toBeUndefined();
    expect(principalAccount('alice')).toBe('111122223333');
  });
});
