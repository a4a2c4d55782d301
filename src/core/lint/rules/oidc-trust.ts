import type { PrincipalEntry, Statement } from '../../policy/model.ts';

/*
 * Web identity (OIDC) federation: a trust policy that lets an identity provider's users assume
 * the role must check the token's audience, and for GitHub Actions the subject, or any user of the
 * provider can assume it ("Creating a role for web identity or OpenID Connect Federation";
 * "Configuring a role for GitHub OIDC identity provider"; "Available keys for AWS web identity
 * federation").
 */

export const GITHUB_HOST = 'token.actions.githubusercontent.com';

const WELL_KNOWN = [
  'accounts.google.com',
  'graph.facebook.com',
  'www.amazon.com',
  'cognito-identity.amazonaws.com',
];

/** Facebook and Login with Amazon put the audience in app_id. */
const AUDIENCE_CLAIM: Record<string, string> = {
  'graph.facebook.com': 'app_id',
  'www.amazon.com': 'app_id',
};

/** The provider's condition key prefix, e.g. `token.actions.githubusercontent.com`; else undefined. */
export function oidcProvider(entry: PrincipalEntry): string | undefined {
  if (entry.kind !== 'Federated') return undefined;
  const marker = ':oidc-provider/';
  const at = entry.value.indexOf(marker);
  if (at >= 0) return entry.value.slice(at + marker.length);
  return WELL_KNOWN.includes(entry.value) ? entry.value : undefined;
}

export function audienceKey(provider: string): string {
  return `${provider}:${AUDIENCE_CLAIM[provider] ?? 'aud'}`;
}

/** The values the statement's conditions give the key, and whether it is named at all. */
export function conditionValuesFor(statement: Statement, key: string): string[] | undefined {
  const lower = key.toLowerCase();
  let values: string[] | undefined;
  for (const block of statement.conditions) {
    for (const entry of block.keys) {
      if (entry.key.toLowerCase() !== lower) continue;
      values = [...(values ?? []), ...entry.values.map((value) => value.value)];
    }
  }
  return values;
}
