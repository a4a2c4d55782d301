import type { Catalog } from '../../catalog/catalog.ts';
import { loadDiffServices } from '../../diff/load-services.ts';
import type { ParsedPolicy, Statement } from '../../policy/model.ts';
import type { PolicyType } from '../../scenario/model.ts';
import { countActions, grantedActions, reachedServices } from './count-actions.ts';
import { reachExample } from './example.ts';
import type { StatementReach } from './model.ts';

/** Loads the services a statement's reach reads: all of them for `*` or NotAction. */
export async function loadReachServices(
  catalog: Catalog,
  parsed: ParsedPolicy,
  statement: Statement,
): Promise<void> {
  const prefixes = reachedServices(
    statement,
    catalog.services.map((service) => service.prefix),
  );
  // A service that fails to load is left out of the counts, which say so.
  await Promise.all(prefixes.map((prefix) => catalog.load(prefix).catch(() => undefined)));
  await loadDiffServices(catalog, [parsed]);
}

/**
 * What a statement really grants, from its services as loaded in `catalog`
 * (loadReachServices): its actions counted per access level and a request it alone allows.
 */
export function statementReach(
  policyType: PolicyType,
  parsed: ParsedPolicy,
  statement: Statement,
  catalog: Catalog,
  now: Date = new Date(),
): StatementReach {
  const granted = grantedActions(statement, catalog);
  const counts = countActions(statement, granted);
  const example = reachExample({
    policyType,
    parsed,
    statement,
    granted: granted.actions,
    catalog,
    now,
  });
  if (example) return { ...counts, example };
  return { ...counts, leftOut: [...counts.leftOut, 'no request was found that it alone allows'] };
}
