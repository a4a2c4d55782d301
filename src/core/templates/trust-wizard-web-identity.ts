import { audienceKey, GITHUB_HOST } from '../lint/rules/oidc-trust.ts';
import type { FieldChecks } from './trust-wizard-fields.ts';

/*
 * Web identity (OIDC) federation as the IAM console's "Select trusted entity" writes it ("Create a
 * role for OpenID Connect federation (console)"; "Configuring a role for GitHub OIDC identity
 * provider"; Amazon Cognito Developer Guide, "Role trust and permissions"): the provider as the
 * Federated principal, sts:AssumeRoleWithWebIdentity, and the token's audience pinned.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html
 * https://docs.aws.amazon.com/cognito/latest/developerguide/role-trust-and-permissions.html
 */

export type WebIdentity =
  | { provider: 'cognito'; identityPoolId: string; authenticated: boolean }
  | { provider: 'amazon' | 'facebook' | 'google'; audience: string }
  | { provider: 'oidc'; providerArn: string; audience: string }
  | {
      provider: 'github';
      /** The account whose IAM OIDC provider for token.actions.githubusercontent.com is trusted. */
      accountId: string;
      owner: string;
      /** Blank for every repository of the owner. */
      repository: string;
      /** Blank for any branch, tag or environment. */
      branch: string;
    };

/** Login with Amazon, Facebook and Google are built into IAM: no provider to create first. */
const BUILT_IN = {
  amazon: 'www.amazon.com',
  facebook: 'graph.facebook.com',
  google: 'accounts.google.com',
} as const;

const COGNITO = 'cognito-identity.amazonaws.com';

/** GitHub's OIDC tokens for the AWS action carry this audience. */
export const GITHUB_AUDIENCE = 'sts.amazonaws.com';

export interface WebIdentityStatement {
  federated: string;
  condition: Record<string, Record<string, string>>;
}

const hasWildcard = (value: string) => /[*?]/.test(value);

/** `repo:OWNER/REPO:ref:refs/heads/BRANCH`, with `*` for a blank repository or branch. */
export function githubSubject(owner: string, repository: string, branch: string): string {
  const repo = `repo:${owner}/${repository || '*'}`;
  return branch ? `${repo}:ref:refs/heads/${branch}` : `${repo}:*`;
}

export function webIdentityStatement(
  identity: WebIdentity,
  checks: FieldChecks,
): WebIdentityStatement {
  switch (identity.provider) {
    case 'cognito': {
      const pool = checks.shaped('identityPoolId', identity.identityPoolId);
      return {
        federated: COGNITO,
        condition: {
          StringEquals: { [`${COGNITO}:aud`]: pool },
          // amr is multivalued: one of its values names how the user signed in.
          'ForAnyValue:StringLike': {
            [`${COGNITO}:amr`]: identity.authenticated ? 'authenticated' : 'unauthenticated',
          },
        },
      };
    }
    case 'amazon':
    case 'facebook':
    case 'google': {
      const host = BUILT_IN[identity.provider];
      const audience = checks.required('audience', 'Audience', identity.audience);
      return { federated: host, condition: { StringEquals: { [audienceKey(host)]: audience } } };
    }
    case 'oidc': {
      const arn = checks.providerArn('providerArn', 'oidc-provider', identity.providerArn);
      const host = arn.slice(arn.indexOf(':oidc-provider/') + ':oidc-provider/'.length);
      const audience = checks.required('audience', 'Audience', identity.audience);
      return { federated: arn, condition: { StringEquals: { [audienceKey(host)]: audience } } };
    }
    case 'github':
      return githubStatement(identity, checks);
  }
}

function githubStatement(
  identity: Extract<WebIdentity, { provider: 'github' }>,
  checks: FieldChecks,
): WebIdentityStatement {
  const account = checks.accountId('accountId', identity.accountId);
  const owner = checks.shaped('owner', identity.owner);
  const repository = checks.shaped('repository', identity.repository);
  const branch = checks.shaped('branch', identity.branch);
  const audienceKey = `${GITHUB_HOST}:aud`;
  const subjectKey = `${GITHUB_HOST}:sub`;
  const subject = githubSubject(owner, repository, branch);
  // A wildcard in the subject only matches with a Like operator; the audience stays exact.
  const condition: Record<string, Record<string, string>> = hasWildcard(subject)
    ? {
        StringEquals: { [audienceKey]: GITHUB_AUDIENCE },
        StringLike: { [subjectKey]: subject },
      }
    : { StringEquals: { [audienceKey]: GITHUB_AUDIENCE, [subjectKey]: subject } };
  return { federated: `arn:aws:iam::${account}:oidc-provider/${GITHUB_HOST}`, condition };
}
