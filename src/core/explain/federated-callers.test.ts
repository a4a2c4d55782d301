import { describe, expect, it } from 'vitest';
import type { ScenarioPolicy } from '../scenario/model.ts';
import { explainOne } from './testing.ts';

const GITHUB = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com';
const ROLE = 'arn:aws:iam::111122223333:role/GitHubDeploy';
const MAIN = 'repo:octo-org/octo-repo:ref:refs/heads/main';

// "Configuring a role for GitHub OIDC identity provider", as the trust policy wizard writes it.
const trust: ScenarioPolicy = {
  id: 'github-trust',
  type: 'trust',
  attachedTo: [ROLE],
  document: JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: GITHUB },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: {
            'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
            'token.actions.githubusercontent.com:sub': MAIN,
          },
        },
      },
    ],
  }),
};
const denyAllScp: ScenarioPolicy = {
  id: 'deny-all',
  type: 'scp',
  level: 0,
  document: '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"*","Resource":"*"}]}',
};
/** With no attachedTo it applies to every IAM user, role and session of the scenario. */
const denyStsToIdentities: ScenarioPolicy = {
  id: 'deny-sts',
  type: 'identity',
  document:
    '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"sts:*","Resource":"*"}]}',
};

const request = (sub: string, action = 'sts:AssumeRoleWithWebIdentity') => ({
  principal: GITHUB,
  action,
  resource: ROLE,
  context: {
    'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
    'token.actions.githubusercontent.com:sub': sub,
  },
});

describe('explaining a web identity caller', () => {
  it('says the trust policy alone decided: identity-based policies and SCPs do not apply', () => {
    const explanation = explainOne([trust, denyAllScp, denyStsToIdentities], request(MAIN));
    expect(explanation.decision).toBe('allowed');
    expect(explanation.headline).toBe('Allowed by Statement 1 in github-trust.');
    const text = (kind: string) => explanation.steps.find((step) => step.kind === kind)?.text;
    expect(text('identity')).toContain('not an AWS identity');
    expect(text('scp')).toContain('do not apply to this principal');
  });

  it('names the condition that failed for another branch', () => {
    const explanation = explainOne([trust], request('repo:octo-org/octo-repo:ref:refs/heads/dev'));
    expect(explanation.decision).toBe('implicitDeny');
    expect(explanation.headline).toBe(
      `Implicitly denied: no statement allows sts:AssumeRoleWithWebIdentity on ${ROLE}.`,
    );
    expect(explanation.closest[0]?.policyId).toBe('github-trust');
  });

  it('says why the provider cannot call sts:AssumeRole, citing AWS', () => {
    const explanation = explainOne([trust], request(MAIN, 'sts:AssumeRole'));
    expect(explanation.decision).toBe('implicitDeny');
    expect(explanation.headline).toMatch(
      /^Implicitly denied whatever the policies say: A web identity provider's user has no AWS credentials: it can only call sts:AssumeRoleWithWebIdentity/,
    );
    expect(explanation.steps[0]?.kind).toBe('aws-rule');
    expect(explanation.steps[0]?.text).toContain('id_credentials_temp_control-access_assumerole');
    expect(explanation.deciding).toEqual([]);
  });
});
