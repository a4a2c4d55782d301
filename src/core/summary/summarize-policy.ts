import type { Catalog } from '../catalog/catalog.ts';
import type { Policy } from '../policy/model.ts';
import type { PolicySummary } from './model.ts';
import { namedServices, summarizeLoaded } from './summarize.ts';

/** The console's policy summary of `policy`, loading the services its statements name. */
export async function summarizePolicy(policy: Policy, catalog: Catalog): Promise<PolicySummary> {
  await Promise.all([...namedServices(policy, catalog)].map((p) => catalog.load(p)));
  return summarizeLoaded(policy, catalog);
}
