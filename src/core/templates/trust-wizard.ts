import { pretty } from './template.ts';
import { FieldChecks, type WizardProblem } from './trust-wizard-fields.ts';
import { webIdentityStatement, type WebIdentity } from './trust-wizard-web-identity.ts';
import { SERVICE_PRINCIPAL } from './service-principals.ts';

/*
 * The trust policy the IAM console's "Select trusted entity" step writes for each kind of trusted
 * entity ("Create a role to delegate permissions to an AWS service", "Create a role to give
 * permissions to an IAM user", "Create a role for OpenID Connect federation (console)", "Create a
 * role for SAML 2.0 federation (console)", AWS IAM User Guide):
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-service.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_saml.html
 */

export type { WizardProblem } from './trust-wizard-fields.ts';
export type { WebIdentity } from './trust-wizard-web-identity.ts';

export type TrustedEntity =
  | { kind: 'service'; services: string[] }
  | { kind: 'account'; accountId: string; externalId: string; requireMfa: boolean }
  | { kind: 'web-identity'; identity: WebIdentity }
  | { kind: 'saml'; providerArn: string; consoleAccess: boolean }
  | { kind: 'custom' };

export type TrustPolicyResult =
  { ok: true; document: string } | { ok: false; problems: WizardProblem[] };

/** The audience AWS's sign-in endpoint gives a SAML assertion for console access. */
export const SAML_SIGNIN_AUDIENCE = 'https://signin.aws.amazon.com/saml';

type Statement = Record<string, unknown>;

// IAM Roles Anywhere tags the session and sets its source identity as it assumes the role, so its
// trust policy must allow those too (IAM Roles Anywhere User Guide, "Trust model",
// https://docs.aws.amazon.com/rolesanywhere/latest/userguide/trust-model.html).
const ROLES_ANYWHERE = 'rolesanywhere.amazonaws.com';
const ROLES_ANYWHERE_ACTIONS = ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity'];

function serviceStatement(services: string[], checks: FieldChecks): Statement {
  const named = [...new Set(services.map((service) => service.trim()).filter(Boolean))];
  checks.check('services', '', named.length > 0, 'Choose at least one AWS service.');
  for (const service of named) {
    checks.check(
      'services',
      service,
      SERVICE_PRINCIPAL.test(service),
      `"${service}" is not a service principal: they look like lambda.amazonaws.com.`,
    );
  }
  return {
    Effect: 'Allow',
    Principal: { Service: named.length === 1 ? named[0] : named },
    Action: named.includes(ROLES_ANYWHERE) ? ROLES_ANYWHERE_ACTIONS : 'sts:AssumeRole',
  };
}

function accountStatement(
  entity: Extract<TrustedEntity, { kind: 'account' }>,
  checks: FieldChecks,
): Statement {
  const account = checks.accountId('accountId', entity.accountId);
  const externalId = checks.shaped('externalId', entity.externalId);
  const condition: Record<string, Record<string, string>> = {};
  // The external ID guards against the confused deputy ("How to use an external ID").
  if (externalId) condition.StringEquals = { 'sts:ExternalId': externalId };
  if (entity.requireMfa) condition.Bool = { 'aws:MultiFactorAuthPresent': 'true' };
  return {
    Effect: 'Allow',
    Principal: { AWS: `arn:aws:iam::${account}:root` },
    Action: 'sts:AssumeRole',
    ...(Object.keys(condition).length > 0 && { Condition: condition }),
  };
}

function samlStatement(
  entity: Extract<TrustedEntity, { kind: 'saml' }>,
  checks: FieldChecks,
): Statement {
  const arn = checks.providerArn('providerArn', 'saml-provider', entity.providerArn);
  return {
    Effect: 'Allow',
    Principal: { Federated: arn },
    Action: 'sts:AssumeRoleWithSAML',
    // Console sign-in posts the assertion to AWS's SAML endpoint, which becomes its audience.
    ...(entity.consoleAccess && {
      Condition: { StringEquals: { 'SAML:aud': SAML_SIGNIN_AUDIENCE } },
    }),
  };
}

function statementFor(entity: TrustedEntity, checks: FieldChecks): Statement {
  switch (entity.kind) {
    case 'service':
      return serviceStatement(entity.services, checks);
    case 'account':
      return accountStatement(entity, checks);
    case 'web-identity': {
      const { federated, condition } = webIdentityStatement(entity.identity, checks);
      return {
        Effect: 'Allow',
        Principal: { Federated: federated },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: condition,
      };
    }
    case 'saml':
      return samlStatement(entity, checks);
    case 'custom':
      // The console's blank custom trust policy: a principal to fill in.
      return { Sid: 'Statement1', Effect: 'Allow', Principal: {}, Action: 'sts:AssumeRole' };
  }
}

/** The trust policy text for a trusted entity, or what to correct in the wizard's fields. */
export function buildTrustPolicy(entity: TrustedEntity): TrustPolicyResult {
  const checks = new FieldChecks();
  const statement = statementFor(entity, checks);
  if (checks.problems.length > 0) return { ok: false, problems: checks.problems };
  return { ok: true, document: pretty({ Version: '2012-10-17', Statement: [statement] }) };
}

const PROVIDER_NAMES = {
  cognito: 'Amazon Cognito',
  amazon: 'Login with Amazon',
  facebook: 'Facebook',
  google: 'Google',
} as const;

const afterLastSlash = (arn: string) => arn.trim().slice(arn.trim().lastIndexOf('/') + 1);

/** A name for the new policy that says whom it trusts. */
export function trustPolicyName(entity: TrustedEntity): string {
  switch (entity.kind) {
    case 'service':
      return `Trust ${entity.services.map((service) => service.trim()).join(', ')}`;
    case 'account':
      return `Trust account ${entity.accountId.trim()}`;
    case 'web-identity': {
      const identity = entity.identity;
      if (identity.provider === 'github') {
        return `Trust GitHub ${identity.owner.trim()}/${identity.repository.trim() || '*'}`;
      }
      if (identity.provider === 'oidc') {
        return `Trust ${identity.providerArn.trim().split(':oidc-provider/')[1] ?? 'OIDC provider'}`;
      }
      return `Trust ${PROVIDER_NAMES[identity.provider]} users`;
    }
    case 'saml':
      return `Trust SAML ${afterLastSlash(entity.providerArn)}`;
    case 'custom':
      return 'Custom trust policy';
  }
}

/** The first account ID in an ARN of these texts: the wizard's guess at "this account". */
export function firstAccountId(texts: readonly string[]): string | undefined {
  for (const text of texts) {
    const found = /arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9*-]*:(\d{12}):/.exec(text);
    if (found) return found[1];
  }
  return undefined;
}
