import type { CatalogConditionKey, LintCatalog } from './catalog-port.ts';
import { keyMatchesDocumented, keyPrefix } from './key-names.ts';

export type KeyLookup =
  | { kind: 'found'; key: CatalogConditionKey }
  /** The prefix is `aws` or a loaded service, and none of its keys is this one. */
  | { kind: 'unknown'; choices: readonly CatalogConditionKey[] }
  /** The prefix is no service (an identity provider's, such as `saml:` or an OIDC host). */
  | { kind: 'no-service' }
  /** The service's detail is not loaded yet. */
  | { kind: 'unavailable' };

function find(
  keys: readonly CatalogConditionKey[],
  written: string,
): CatalogConditionKey | undefined {
  const lower = written.toLowerCase();
  return (
    keys.find((key) => key.name.toLowerCase() === lower) ??
    keys.find((key) => keyMatchesDocumented(key.name, written))
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
