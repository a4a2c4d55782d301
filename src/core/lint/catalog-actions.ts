import { compileWildcard } from '../engine/match/wildcard.ts';
import type { CatalogAction, CatalogService, LintCatalog } from './catalog-port.ts';
import { hasWildcard } from './glob.ts';

export interface ServiceAction {
  /** Lower-case service prefix. */
  service: string;
  action: CatalogAction;
}

/** `s3:GetObject` -> ['s3', 'GetObject']; undefined without a colon. */
export function splitAction(pattern: string): [string, string] | undefined {
  const colon = pattern.indexOf(':');
  if (colon < 0) return undefined;
  return [pattern.slice(0, colon), pattern.slice(colon + 1)];
}

const byName = new WeakMap<CatalogService, Map<string, CatalogAction>>();

/** The service's action of that name, compared case-insensitively like IAM does. */
export function actionNamed(service: CatalogService, name: string): CatalogAction | undefined {
  let names = byName.get(service);
  if (!names) {
    names = new Map(service.actions.map((action) => [action.name.toLowerCase(), action]));
    byName.set(service, names);
  }
  return names.get(name.toLowerCase());
}

const byPattern = new WeakMap<CatalogService, Map<string, readonly CatalogAction[]>>();

/** The service's actions an action-name pattern (`Get*`, `GetObject`) matches. */
export function matchingActions(
  service: CatalogService,
  pattern: string,
): readonly CatalogAction[] {
  if (!hasWildcard(pattern)) {
    const action = actionNamed(service, pattern);
    return action ? [action] : [];
  }
  // Policies repeat their wildcards: each is matched against the service's actions once.
  let patterns = byPattern.get(service);
  if (!patterns) {
    patterns = new Map();
    byPattern.set(service, patterns);
  }
  const key = pattern.toLowerCase();
  let actions = patterns.get(key);
  if (!actions) {
    const matches = compileWildcard(key, { ignoreCase: true });
    actions = service.actions.filter((action) => matches(action.name));
    patterns.set(key, actions);
  }
  return actions;
}

/**
 * The catalog actions an Action entry names. Undefined when that cannot be told: `*`, a wildcard
 * in the service prefix, or a service the catalog does not know or has not loaded.
 */
export function expandActionPattern(
  catalog: LintCatalog,
  pattern: string,
): ServiceAction[] | undefined {
  const parts = splitAction(pattern);
  if (!parts || hasWildcard(parts[0])) return undefined;
  const service = catalog.service(parts[0]);
  if (!service) return undefined;
  return matchingActions(service, parts[1]).map((action) => ({ service: service.prefix, action }));
}

/** Every action a list of entries names, or undefined when any entry cannot be expanded. */
export function expandAll(
  catalog: LintCatalog,
  patterns: readonly string[],
): ServiceAction[] | undefined {
  const all: ServiceAction[] = [];
  for (const pattern of patterns) {
    const expanded = expandActionPattern(catalog, pattern);
    if (!expanded) return undefined;
    all.push(...expanded);
  }
  return all;
}
