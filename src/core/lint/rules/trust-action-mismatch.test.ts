import { describe, expect, it } from 'vitest';
import { applyFirstFix, findingsWithCode, policyText, spanText } from '../testing.ts';

/* "IAM JSON policy elements: Principal", federated principals (Access Analyzer: "Mismatched action for principal"). */

const SAML = 'arn:aws:iam::111122223333:saml-provider/corp';
const OIDC = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com';
const trust = (principal: object, action: unknown) =>
  policyText([{ Effect: 'Allow', Principal: principal, Action: action }]);
const findings = (text: string) => findingsWithCode('trust-action-mismatch', text, 'trust');

describe('trust-action-mismatch', () => {
  it.each([
    [{ Federated: SAML }, 'sts:AssumeRole', 'sts:AssumeRoleWithSAML'],
    [{ Federated: OIDC }, 'sts:AssumeRole', 'sts:AssumeRoleWithWebIdentity'],
    [
      { Federated: 'accounts.google.com' },
      'sts:AssumeRoleWithSAML',
      'sts:AssumeRoleWithWebIdentity',
    ],
    [{ Service: 'ec2.amazonaws.com' }, 'sts:AssumeRoleWithWebIdentity', 'sts:AssumeRole'],
  ])('%j with %s: an error, fixed to %s', (principal, action, wanted) => {
    const text = trust(principal, [action, 'sts:TagSession']);
    const [finding] = findings(text);
    expect(finding?.severity).toBe('error');
    expect(spanText(text, finding!)).toBe(`"${action}"`);
    expect(applyFirstFix(text, finding!)).toBe(trust(principal, [wanted, 'sts:TagSession']));
  });

  it('names both actions, with no fix, for principals of two kinds', () => {
    const [finding] = findings(
      trust({ AWS: '111122223333', Federated: SAML }, 'sts:AssumeRoleWithWebIdentity'),
    );
    expect(finding?.message).toContain('use sts:AssumeRole or sts:AssumeRoleWithSAML');
    expect(finding?.fixes).toBeUndefined();
  });

  it('is silent for the right action, wildcards and other actions', () => {
    expect(findings(trust({ Federated: SAML }, 'sts:AssumeRoleWithSAML'))).toEqual([]);
    expect(findings(trust({ Federated: OIDC }, 'sts:assumerolewithwebidentity'))).toEqual([]);
    expect(findings(trust({ Federated: SAML }, ['sts:*', 'sts:TagSession']))).toEqual([]);
  });
});
