import type { Catalog } from '../catalog/catalog.ts';
import type { ParsedPolicy } from '../policy/model.ts';
import { parsePolicy } from '../policy/parse.ts';
import { servicesToLoad } from './action-groups.ts';

/**
 * Loads the services a diff of these policy documents asks about (every version compared, or
 * every policy of both scenarios), so that diffPolicies and diffScenarios find them loaded.
 */
export async function loadDiffServices(
  catalog: Catalog,
  documents: readonly (string | ParsedPolicy)[],
): Promise<void> {
  const statements = documents.flatMap(
    (document) =>
      (typeof document === 'string' ? parsePolicy(document) : document).policy.statements,
  );
  await Promise.all(servicesToLoad(statements, catalog).map((prefix) => catalog.load(prefix)));
}
