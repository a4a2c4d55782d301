import type { Catalog } from '../catalog/catalog.ts';
import { actionConditionKeys, type ServiceCatalog } from '../catalog/service.ts';
import type { Policy } from '../policy/model.ts';
import { parsePolicy } from '../policy/parse.ts';
import { splitAction } from './catalog-actions.ts';
import type { CatalogService, LintCatalog } from './catalog-port.ts';
import { hasWildcard } from './glob.ts';
import { keyPrefix } from './key-names.ts';

/** One loaded service in the port's shape. */
export function lintServiceOf(service: ServiceCatalog): CatalogService {
  return {
    prefix: service.prefix,
    actions: service.actions.map((action) => ({
      name: action.name,
      accessLevel: action.accessLevel,
      resourceTypes: action.resourceTypes.map((row) => row.resourceType.name),
      conditionKeys: actionConditionKeys(action).map((key) => key.key),
    })),
    resourceTypes: service.resourceTypes.map((type) => ({
      name: type.name,
      arnFormat: type.arnFormat,
    })),
    conditionKeys: service.conditionKeys.map((key) => ({ name: key.key, type: key.type })),
  };
}

/**
 * The lint port over the app's catalog. Only services already loaded are served: lint runs
 * synchronously as the user types, so call loadServicesFor first (and lint again when it settles).
 */
export function lintCatalogOf(catalog: Catalog): LintCatalog {
  const converted = new WeakMap<ServiceCatalog, CatalogService>();
  const prefixes = catalog.services.map((service) => service.prefix);
  const globalKeys = catalog.globalConditionKeys.map((key) => ({ name: key.key, type: key.type }));
  return {
    date: catalog.date,
    servicePrefixes: () => prefixes,
    hasService: (prefix) => catalog.service(prefix) !== undefined,
    service: (prefix) => {
      const loaded = catalog.loaded(prefix);
      if (!loaded) return undefined;
      let service = converted.get(loaded);
      if (!service) {
        service = lintServiceOf(loaded);
        converted.set(loaded, service);
      }
      return service;
    },
    globalConditionKeys: () => globalKeys,
  };
}

/** The service prefixes a policy's actions and condition keys name. */
export function servicesNamedIn(policy: Policy): string[] {
  const prefixes = new Set<string>();
  for (const statement of policy.statements) {
    for (const entry of statement.action?.entries ?? []) {
      const service = splitAction(entry.value)?.[0];
      if (service && !hasWildcard(service)) prefixes.add(service.toLowerCase());
    }
    for (const block of statement.conditions) {
      for (const entry of block.keys) prefixes.add(keyPrefix(entry.key));
    }
  }
  prefixes.delete('aws');
  return [...prefixes];
}

/** Loads the detail of every known service the policy names, so that lint can check them. */
export async function loadServicesFor(catalog: Catalog, text: string): Promise<void> {
  const prefixes = servicesNamedIn(parsePolicy(text).policy).filter((prefix) =>
    catalog.service(prefix),
  );
  await Promise.all(prefixes.map((prefix) => catalog.load(prefix)));
}
