/** The kinds of caller a request can have, each filling a well-formed principal (scenario format). */
export const PRINCIPAL_PRESETS = [
  'user',
  'role',
  'session',
  'federated',
  'root',
  'service',
  'anonymous',
  'web-identity',
  'saml',
] as const;
export type PrincipalPreset = (typeof PRINCIPAL_PRESETS)[number];

export const PRESET_LABELS: Record<PrincipalPreset, string> = {
  user: 'IAM user',
  role: 'IAM role',
  session: 'Role session',
  federated: 'Federated user',
  root: 'Root user',
  service: 'AWS service',
  anonymous: 'Anonymous',
  'web-identity': 'Web identity (OIDC)',
  saml: 'SAML',
};

const DEFAULT_ACCOUNT = '111122223333';
const GITHUB_HOST = 'token.actions.githubusercontent.com';
const ACCOUNT = /^arn:aws[\w-]*:(?:iam|sts)::(\d{12}):/;

/** The account of a principal ARN, so switching presets keeps it. */
export function principalAccount(principal: string): string {
  return ACCOUNT.exec(principal)?.[1] ?? DEFAULT_ACCOUNT;
}

export function presetPrincipal(preset: PrincipalPreset, account = DEFAULT_ACCOUNT): string {
  switch (preset) {
    case 'user':
      return `arn:aws:iam::${account}:user/alice`;
    case 'role':
      return `arn:aws:iam::${account}:role/AppRole`;
    case 'session':
      return `arn:aws:sts::${account}:assumed-role/AppRole/session-1`;
    case 'federated':
      return `arn:aws:sts::${account}:federated-user/carol`;
    case 'root':
      return `arn:aws:iam::${account}:root`;
    case 'service':
      return 'lambda.amazonaws.com';
    case 'anonymous':
      return '*';
    case 'web-identity':
      return `arn:aws:iam::${account}:oidc-provider/${GITHUB_HOST}`;
    case 'saml':
      return `arn:aws:iam::${account}:saml-provider/ExampleOrgSSOProvider`;
  }
}

/*
 * A web identity or SAML caller can make one call, with its token's or assertion's claims as
 * context keys (IAM and AWS STS condition context keys, "Available keys for AWS web identity
 * federation" and "Available keys for SAML-based AWS STS federation"). The examples are AWS's:
 * "Configuring a role for GitHub OIDC identity provider", and the audience of SAML console sign-in.
 */

/** What picking a web identity or SAML preset also fills in: the call and the keys it needs. */
export interface FederatedCallFill {
  action: string;
  context: Record<string, string>;
}

const FEDERATED_CALLS: Partial<Record<PrincipalPreset, FederatedCallFill>> = {
  'web-identity': {
    action: 'sts:AssumeRoleWithWebIdentity',
    context: {
      [`${GITHUB_HOST}:aud`]: 'sts.amazonaws.com',
      [`${GITHUB_HOST}:sub`]: 'repo:octo-org/octo-repo:ref:refs/heads/main',
    },
  },
  saml: {
    action: 'sts:AssumeRoleWithSAML',
    context: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' },
  },
};

export function federatedCallFill(preset: PrincipalPreset): FederatedCallFill | undefined {
  return FEDERATED_CALLS[preset];
}

const WEB_IDENTITY_PROVIDERS = new Set([
  'accounts.google.com',
  'graph.facebook.com',
  'www.amazon.com',
  'cognito-identity.amazonaws.com',
]);

/** Which preset a principal looks like; undefined for text that fits none. */
export function presetOf(principal: string): PrincipalPreset | undefined {
  if (principal === '*') return 'anonymous';
  if (WEB_IDENTITY_PROVIDERS.has(principal)) return 'web-identity';
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)*\.amazonaws\.com(\.cn)?$/.test(principal)) return 'service';
  const match =
    /^arn:aws[\w-]*:(iam|sts)::\d{12}:(user|role|assumed-role|federated-user|root|oidc-provider|saml-provider)\b/.exec(
      principal,
    );
  const kinds: Record<string, PrincipalPreset> = {
    user: 'user',
    role: 'role',
    'assumed-role': 'session',
    'federated-user': 'federated',
    root: 'root',
    'oidc-provider': 'web-identity',
    'saml-provider': 'saml',
  };
  return match ? kinds[match[2] ?? ''] : undefined;
}
