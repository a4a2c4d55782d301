import type { CatalogConditionKey, LintCatalog } from './catalog-port.ts';
import { hasPlaceholder, keyMatchesDocumented, keyPrefix } from './key-names.ts';

export type KeyLookup =
  | { kind: 'found'; key: CatalogConditionKey }
  /** The prefix is `aws` or a loaded service, and none of its keys is this one. */
  | { kind: 'unknown'; choices: readonly CatalogConditionKey[] }
  /** The prefix is no service (an identity provider's, such as `saml:` or an OIDC host). */
  | { kind: 'no-service' }
  /** The service's detail is not loaded yet. */
  | { kind: 'unavailable' };

/** A list of documented keys by lower-case name, and those with a placeholder (`${TagKey}`). */
interface KeyIndex {
  byName: Map<string, CatalogConditionKey>;
  withPlaceholder: CatalogConditionKey[];
}

/** Built once per list: every condition key of a large policy is looked up by several rules. */
const indexes = new WeakMap<readonly CatalogConditionKey[], KeyIndex>();

function indexOf(keys: readonly CatalogConditionKey[]): KeyIndex {
  let index = indexes.get(keys);
  if (!index) {
    index = { byName: new Map(), withPlaceholder: [] };
    for (const key of keys) {
      const lower = key.name.toLowerCase();
      // The first of two keys that differ only in case, as a search in order finds it.
      if (!index.byName.has(lower)) index.byName.set(lower, key);
      if (hasPlaceholder(key.name)) index.withPlaceholder.push(key);
    }
    indexes.set(keys, index);
  }
  return index;
}

/** The key named so (case-insensitively), else the first whose placeholder matches the name. */
function find(
  keys: readonly CatalogConditionKey[],
  written: string,
): CatalogConditionKey | undefined {
  const index = indexOf(keys);
  return (
    index.byName.get(written.toLowerCase()) ??
    index.withPlaceholder.find((key) => keyMatchesDocumented(key.name, written))
  );
}

export function lookupConditionKey(catalog: LintCatalog, written: string): KeyLookup {
  const prefix = keyPrefix(written);
  let keys: readonly CatalogConditionKey[];
  if (prefix === 'aws') {
    keys = catalog.globalConditionKeys();
  } else if (!catalog.hasService(prefix)) {
    return { kind: 'no-service' };
  } else {
    const service = catalog.service(prefix);
    if (!service) return { kind: 'unavailable' };
    keys = service.conditionKeys;
  }
  const key = find(keys, written);
  return key ? { kind: 'found', key } : { kind: 'unknown', choices: keys };
}

/** Whether a documented key list (an action's) holds the written key. */
export function listsKey(documented: readonly string[], written: string): boolean {
  return documented.some((name) => keyMatchesDocumented(name, written));
}
