/*
 * The service principals a role can trust (`"Principal": {"Service": "lambda.amazonaws.com"}`),
 * as AWS's own managed policies name them: the services a role may be passed to
 * (`iam:PassedToService`) and the services that own a service-linked role (`iam:AWSServiceName`).
 * AWS's service reference lists no principals, so this is the next best public record.
 */

import BUNDLED from './service-principals.json';

/** The service picker's list, extracted by scripts/extract-service-principals.ts. */
export const SERVICE_PRINCIPALS: readonly string[] = BUNDLED;

const PRINCIPAL_KEYS = new Set(['iam:passedtoservice', 'iam:awsservicename']);

/** A commercial-partition service principal, e.g. `ecs-tasks.amazonaws.com`. */
export const SERVICE_PRINCIPAL = /^[a-z0-9][a-z0-9.-]*\.amazonaws\.com$/;

/** The values a Condition block gives its keys, whatever the operator. */
function conditionValues(condition: unknown, found: Set<string>): void {
  if (!condition || typeof condition !== 'object') return;
  for (const keys of Object.values(condition)) {
    if (!keys || typeof keys !== 'object') continue;
    for (const [key, value] of Object.entries(keys as Record<string, unknown>)) {
      if (!PRINCIPAL_KEYS.has(key.toLowerCase())) continue;
      for (const entry of [value].flat()) {
        if (typeof entry === 'string' && SERVICE_PRINCIPAL.test(entry)) found.add(entry);
      }
    }
  }
}

/** The service principals the conditions of these policy documents name, sorted. */
export function servicePrincipalsIn(documents: readonly unknown[]): string[] {
  const found = new Set<string>();
  for (const document of documents) {
    const statements = (document as { Statement?: unknown } | null)?.Statement;
    for (const statement of [statements ?? []].flat()) {
      conditionValues((statement as { Condition?: unknown } | null)?.Condition, found);
    }
  }
  // Cognito identity pools sign in users as a federated principal, never as a service.
  found.delete('cognito-identity.amazonaws.com');
  return [...found].sort();
}
