import { describe, expect, it, vi } from 'vitest';
import { buildTrustPolicy, SAML_SIGNIN_AUDIENCE, type TrustedEntity } from '../core/index.ts';
import { runCli, SPAWN_TIMEOUT, tempFolder } from './test-support.ts';

const { file } = tempFolder();
vi.setConfig({ testTimeout: SPAWN_TIMEOUT });

const ACCOUNT = '111122223333';
const GITHUB = `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`;
const SAML = `arn:aws:iam::${ACCOUNT}:saml-provider/ExampleOrgSSOProvider`;
const DEPLOY = `arn:aws:iam::${ACCOUNT}:role/GitHubDeploy`;
const CONSOLE = `arn:aws:iam::${ACCOUNT}:role/SamlConsole`;

/** The trust policy the wizard writes for the entity, as the user would simulate it. */
function wizardTrust(id: string, role: string, entity: TrustedEntity) {
  const built = buildTrustPolicy(entity);
  if (!built.ok) throw new Error(JSON.stringify(built.problems));
  return { id, type: 'trust', attachedTo: role, document: built.document };
}

const github = (sub: string) => ({
  'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
  'token.actions.githubusercontent.com:sub': sub,
});

const scenario = {
  format: 'iam-policy-studio/scenario@1',
  policies: [
    wizardTrust('github', DEPLOY, {
      kind: 'web-identity',
      identity: {
        provider: 'github',
        accountId: ACCOUNT,
        owner: 'octo-org',
        repository: 'octo-repo',
        branch: 'main',
      },
    }),
    wizardTrust('saml', CONSOLE, { kind: 'saml', providerArn: SAML, consoleAccess: true }),
  ],
  requests: [
    {
      id: 'main-branch',
      principal: GITHUB,
      action: 'sts:AssumeRoleWithWebIdentity',
      resource: DEPLOY,
      context: github('repo:octo-org/octo-repo:ref:refs/heads/main'),
      expect: 'allowed',
    },
    {
      id: 'other-branch',
      principal: GITHUB,
      action: 'sts:AssumeRoleWithWebIdentity',
      resource: DEPLOY,
      context: github('repo:octo-org/octo-repo:ref:refs/heads/feature'),
      expect: 'implicitDeny',
    },
    {
      id: 'assume-role',
      principal: GITHUB,
      action: 'sts:AssumeRole',
      resource: DEPLOY,
      context: github('repo:octo-org/octo-repo:ref:refs/heads/main'),
      expect: 'implicitDeny',
    },
    {
      id: 'saml-console',
      principal: SAML,
      action: 'sts:AssumeRoleWithSAML',
      resource: CONSOLE,
      context: { 'SAML:aud': SAML_SIGNIN_AUDIENCE },
      expect: 'allowed',
    },
  ],
};

describe('iam-policy-studio simulate with web identity and SAML callers', () => {
  it('decides the wizard trust policies for GitHub OIDC and SAML callers, with the AWS rule for AssumeRole', () => {
    const path = file('federated.json', JSON.stringify(scenario, null, 2));
    const result = runCli(['simulate', path]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout) as {
      results: { id: string; decision: string; awsRule?: { kind: string } }[];
    };
    expect(output.results.map(({ id, decision }) => [id, decision])).toEqual([
      ['main-branch', 'allowed'],
      ['other-branch', 'implicitDeny'],
      ['assume-role', 'implicitDeny'],
      ['saml-console', 'allowed'],
    ]);
    expect(output.results[2]?.awsRule?.kind).toBe('caller-cannot-call');
  });
});
