import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../catalog/bundled.ts';
import { lintCatalogOf, loadServicesFor } from '../lint/catalog-adapter.ts';
import { lintPolicy } from '../lint/lint-policy.ts';
import { TRUST_TEMPLATES } from './trust.ts';
import {
  buildTrustPolicy,
  firstAccountId,
  trustPolicyName,
  type TrustedEntity,
} from './trust-wizard.ts';

/** The one statement of the policy the wizard writes, failing the test on field problems. */
function statementOf(entity: TrustedEntity): Record<string, unknown> {
  const result = buildTrustPolicy(entity);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const policy = JSON.parse(result.document) as { Version: string; Statement: unknown[] };
  expect(policy.Version).toBe('2012-10-17');
  expect(policy.Statement).toHaveLength(1);
  return policy.Statement[0] as Record<string, unknown>;
}

/** The one statement of a trust template. */
function templateStatementOf(id: string): unknown {
  const template = TRUST_TEMPLATES.find((candidate) => candidate.id === id)!;
  return (JSON.parse(template.document) as { Statement: unknown[] }).Statement[0];
}

const problemsOf = (entity: TrustedEntity) => {
  const result = buildTrustPolicy(entity);
  return result.ok ? [] : result.problems;
};

const GITHUB = {
  provider: 'github',
  accountId: '111122223333',
  owner: 'example-org',
  repository: 'example-repo',
  branch: 'main',
} as const;

/** One wizard answer per kind of trusted entity and per web identity provider. */
const EVERY_KIND: [string, TrustedEntity][] = [
  ['one service', { kind: 'service', services: ['lambda.amazonaws.com'] }],
  ['two services', { kind: 'service', services: ['ec2.amazonaws.com', 'ecs-tasks.amazonaws.com'] }],
  ['account', { kind: 'account', accountId: '444455556666', externalId: '', requireMfa: false }],
  [
    'account with external ID and MFA',
    { kind: 'account', accountId: '444455556666', externalId: 'Vendor-42', requireMfa: true },
  ],
  [
    'Cognito',
    {
      kind: 'web-identity',
      identity: {
        provider: 'cognito',
        identityPoolId: 'us-east-1:12345678-abcd-abcd-abcd-123456789012',
        authenticated: true,
      },
    },
  ],
  ['Amazon', { kind: 'web-identity', identity: { provider: 'amazon', audience: 'amzn1.app.1' } }],
  ['Facebook', { kind: 'web-identity', identity: { provider: 'facebook', audience: '1234567' } }],
  ['Google', { kind: 'web-identity', identity: { provider: 'google', audience: 'x.apps.google' } }],
  [
    'custom OIDC',
    {
      kind: 'web-identity',
      identity: {
        provider: 'oidc',
        providerArn: 'arn:aws:iam::111122223333:oidc-provider/login.example.com/oauth',
        audience: 'my-app',
      },
    },
  ],
  ['GitHub branch', { kind: 'web-identity', identity: GITHUB }],
  ['GitHub any branch', { kind: 'web-identity', identity: { ...GITHUB, branch: '' } }],
  [
    'SAML console',
    {
      kind: 'saml',
      providerArn: 'arn:aws:iam::111122223333:saml-provider/ExampleIdP',
      consoleAccess: true,
    },
  ],
  [
    'SAML programmatic',
    {
      kind: 'saml',
      providerArn: 'arn:aws:iam::111122223333:saml-provider/ExampleIdP',
      consoleAccess: false,
    },
  ],
  ['custom', { kind: 'custom' }],
  ['IAM Roles Anywhere', { kind: 'service', services: ['rolesanywhere.amazonaws.com'] }],
];

describe('the trust policy wizard', () => {
  const catalog = bundledCatalog();

  it.each(EVERY_KIND)('%s: the policy passes the studio lint with no error', async (_, entity) => {
    const result = buildTrustPolicy(entity);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    await loadServicesFor(catalog, result.document);
    const findings = lintPolicy(result.document, 'trust', lintCatalogOf(catalog));
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('AWS service: the service principal assumes the role', () => {
    expect(statementOf(EVERY_KIND[0]![1])).toEqual({
      Effect: 'Allow',
      Principal: { Service: 'lambda.amazonaws.com' },
      Action: 'sts:AssumeRole',
    });
    expect(statementOf(EVERY_KIND[1]![1]).Principal).toEqual({
      Service: ['ec2.amazonaws.com', 'ecs-tasks.amazonaws.com'],
    });
  });

  it('IAM Roles Anywhere: also tags the session and sets its source identity (Roles Anywhere User Guide, "Trust model")', () => {
    expect(statementOf(EVERY_KIND.at(-1)![1]).Action).toEqual([
      'sts:AssumeRole',
      'sts:TagSession',
      'sts:SetSourceIdentity',
    ]);
  });

  it('AWS account: the root principal, the external ID as sts:ExternalId, MFA as a Bool condition', () => {
    expect(statementOf(EVERY_KIND[2]![1])).toEqual({
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::444455556666:root' },
      Action: 'sts:AssumeRole',
    });
    expect(statementOf(EVERY_KIND[3]![1]).Condition).toEqual({
      StringEquals: { 'sts:ExternalId': 'Vendor-42' },
      Bool: { 'aws:MultiFactorAuthPresent': 'true' },
    });
  });

  it('Cognito: the statement of the Cognito trust template, the identity pool as the audience and amr among the token values', () => {
    const templateStatement = templateStatementOf('trust-cognito-web-identity');
    expect(templateStatement).toMatchObject({
      Principal: { Federated: 'cognito-identity.amazonaws.com' },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: {
          'cognito-identity.amazonaws.com:aud': expect.stringMatching(/^us-east-1:/),
        },
        'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' },
      },
    });
    expect(statementOf(EVERY_KIND[4]![1])).toEqual(templateStatement);
  });

  it('Amazon and Facebook pin app_id, Google and a custom provider pin aud', () => {
    const conditions = EVERY_KIND.slice(5, 9).map(([, entity]) => statementOf(entity).Condition);
    expect(conditions).toEqual([
      { StringEquals: { 'www.amazon.com:app_id': 'amzn1.app.1' } },
      { StringEquals: { 'graph.facebook.com:app_id': '1234567' } },
      { StringEquals: { 'accounts.google.com:aud': 'x.apps.google' } },
      { StringEquals: { 'login.example.com/oauth:aud': 'my-app' } },
    ]);
    expect(statementOf(EVERY_KIND[7]![1]).Principal).toEqual({ Federated: 'accounts.google.com' });
  });

  it('GitHub: the statement of the GitHub trust template, audience sts.amazonaws.com and the branch in sub; StringLike only with a wildcard', () => {
    const templateStatement = templateStatementOf('trust-github-oidc');
    expect(templateStatement).toMatchObject({
      Principal: {
        Federated: expect.stringMatching(/:oidc-provider\/token\.actions\.githubusercontent\.com$/),
      },
      Condition: {
        StringEquals: {
          'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
          'token.actions.githubusercontent.com:sub':
            'repo:example-org/example-repo:ref:refs/heads/main',
        },
      },
    });
    expect(statementOf(EVERY_KIND[9]![1])).toEqual(templateStatement);
    expect(statementOf(EVERY_KIND[10]![1]).Condition).toEqual({
      StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
      StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:example-org/example-repo:*' },
    });
  });

  it('SAML: AssumeRoleWithSAML; console access pins SAML:aud to the sign-in endpoint', () => {
    expect(statementOf(EVERY_KIND[11]![1])).toEqual({
      Effect: 'Allow',
      Principal: { Federated: 'arn:aws:iam::111122223333:saml-provider/ExampleIdP' },
      Action: 'sts:AssumeRoleWithSAML',
      Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } },
    });
    expect(statementOf(EVERY_KIND[12]![1])).not.toHaveProperty('Condition');
  });

  it('custom: the console\u2019s blank trust policy', () => {
    expect(statementOf({ kind: 'custom' })).toEqual({
      Sid: 'Statement1',
      Effect: 'Allow',
      Principal: {},
      Action: 'sts:AssumeRole',
    });
  });

  it('names the field and the fault of each wrong answer instead of writing a policy', () => {
    const account = { kind: 'account', externalId: '', requireMfa: false } as const;
    expect(problemsOf({ ...account, accountId: '12345' })).toEqual([
      { field: 'accountId', message: 'Account ID "12345" must be exactly 12 digits.' },
    ]);
    expect(problemsOf({ ...account, accountId: '' })[0]?.message).toMatch(/required/);
    expect(problemsOf({ ...account, accountId: '444455556666', externalId: 'x' })).toEqual([
      {
        field: 'externalId',
        message: 'External ID "x" must be 2 to 1,224 letters, digits or _+=,.@:/- characters.',
      },
    ]);
    expect(problemsOf({ kind: 'service', services: [] })).toEqual([
      { field: 'services', message: 'Choose at least one AWS service.' },
    ]);
    expect(problemsOf({ kind: 'service', services: ['lambda'] })[0]?.field).toBe('services');
    expect(problemsOf({ kind: 'saml', providerArn: 'Okta', consoleAccess: true })[0]).toEqual({
      field: 'providerArn',
      message:
        'Provider ARN "Okta" must look like arn:aws:iam::111122223333:saml-provider/ExampleIdP.',
    });
    const github = (changes: object) =>
      problemsOf({ kind: 'web-identity', identity: { ...GITHUB, ...changes } }).map((p) => p.field);
    expect(github({ owner: '' })).toEqual(['owner']);
    expect(github({ owner: 'octo org', branch: 'my branch' })).toEqual(['owner', 'branch']);
    expect(github({ accountId: 'x' })).toEqual(['accountId']);
    const cognito = { provider: 'cognito', identityPoolId: 'pool', authenticated: true } as const;
    expect(problemsOf({ kind: 'web-identity', identity: cognito })[0]?.field).toBe(
      'identityPoolId',
    );
    const google = { provider: 'google', audience: ' ' } as const;
    expect(problemsOf({ kind: 'web-identity', identity: google })).toEqual([
      { field: 'audience', message: 'Audience is required.' },
    ]);
  });

  it('names the new policy after whom it trusts', () => {
    expect(EVERY_KIND.map(([, entity]) => trustPolicyName(entity))).toEqual([
      'Trust lambda.amazonaws.com',
      'Trust ec2.amazonaws.com, ecs-tasks.amazonaws.com',
      'Trust account 444455556666',
      'Trust account 444455556666',
      'Trust Amazon Cognito users',
      'Trust Login with Amazon users',
      'Trust Facebook users',
      'Trust Google users',
      'Trust login.example.com/oauth',
      'Trust GitHub example-org/example-repo',
      'Trust GitHub example-org/example-repo',
      'Trust SAML ExampleIdP',
      'Trust SAML ExampleIdP',
      'Custom trust policy',
      'Trust rolesanywhere.amazonaws.com',
    ]);
  });

  it('guesses "this account" from the first account ID in an ARN of the workspace', () => {
    expect(firstAccountId(['{"Resource":"*"}', 'arn:aws:s3:*:970698899539:accesspoint/*'])).toBe(
      '970698899539',
    );
    expect(firstAccountId(['arn:aws:s3:::bucket'])).toBeUndefined();
  });
});
