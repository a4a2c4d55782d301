import type { TrustedEntity, WebIdentity } from '../../../core/index.ts';

export type EntityKind = TrustedEntity['kind'];
export type Provider = WebIdentity['provider'];

/** Every field of the wizard, kept while the user switches between kinds of trusted entity. */
export interface WizardForm {
  kind: EntityKind;
  services: string[];
  whose: 'this' | 'another';
  accountId: string;
  requireExternalId: boolean;
  externalId: string;
  requireMfa: boolean;
  provider: Provider;
  identityPoolId: string;
  authenticated: boolean;
  audience: string;
  oidcProviderArn: string;
  githubAccountId: string;
  owner: string;
  repository: string;
  branch: string;
  samlProviderArn: string;
  consoleAccess: boolean;
}

export type SetField = <K extends keyof WizardForm>(field: K, value: WizardForm[K]) => void;

/** A blank form; "this account" starts from the account the workspace's ARNs name, if any. */
export function initialForm(thisAccount: string | undefined): WizardForm {
  return {
    kind: 'service',
    services: [],
    whose: 'this',
    accountId: thisAccount ?? '',
    requireExternalId: false,
    externalId: '',
    requireMfa: false,
    provider: 'github',
    identityPoolId: '',
    authenticated: true,
    audience: '',
    oidcProviderArn: '',
    githubAccountId: thisAccount ?? '',
    owner: '',
    repository: '',
    branch: '',
    samlProviderArn: '',
    consoleAccess: true,
  };
}

function webIdentity(form: WizardForm): WebIdentity {
  switch (form.provider) {
    case 'cognito':
      return {
        provider: 'cognito',
        identityPoolId: form.identityPoolId,
        authenticated: form.authenticated,
      };
    case 'oidc':
      return { provider: 'oidc', providerArn: form.oidcProviderArn, audience: form.audience };
    case 'github':
      return {
        provider: 'github',
        accountId: form.githubAccountId,
        owner: form.owner,
        repository: form.repository,
        branch: form.branch,
      };
    default:
      return { provider: form.provider, audience: form.audience };
  }
}

/** What the form describes, for the core to turn into a trust policy. */
export function entityOf(form: WizardForm): TrustedEntity {
  switch (form.kind) {
    case 'service':
      return { kind: 'service', services: form.services };
    case 'account':
      return {
        kind: 'account',
        accountId: form.accountId,
        externalId: form.requireExternalId ? form.externalId : '',
        requireMfa: form.requireMfa,
      };
    case 'web-identity':
      return { kind: 'web-identity', identity: webIdentity(form) };
    case 'saml':
      return { kind: 'saml', providerArn: form.samlProviderArn, consoleAccess: form.consoleAccess };
    case 'custom':
      return { kind: 'custom' };
  }
}
