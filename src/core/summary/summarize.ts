import type { Catalog } from '../catalog/catalog.ts';
import { ACCESS_LEVELS } from '../catalog/model.ts';
import type { ServiceCatalog } from '../catalog/service.ts';
import { arnService } from '../catalog/template.ts';
import { hasWildcard, matchesWildcard } from '../catalog/wildcard.ts';
import type { Effect, Policy, Statement } from '../policy/model.ts';
import type {
  AccessScope,
  EffectSummary,
  LevelAccess,
  PolicySummary,
  ServiceAccess,
} from './model.ts';
import { actionPattern, isEveryAction, type ActionPattern } from './patterns.ts';

/** Lower-case names of a service's actions an action pattern matches. */
type Matcher = (service: ServiceCatalog, pattern: string) => ReadonlySet<string>;
/** Whether a Resource entry can be one of the service's resources. */
type ResourceFit = (service: ServiceCatalog, value: string) => boolean;

/** `work` for each service and text worked out once: statements repeat patterns and ARNs. */
function once<T>(work: (service: ServiceCatalog, text: string) => T) {
  const found = new Map<string, T>();
  return (service: ServiceCatalog, text: string): T => {
    const key = `${service.prefix}\n${text}`;
    if (!found.has(key)) found.set(key, work(service, text));
    return found.get(key) as T;
  };
}

const matchNames = (service: ServiceCatalog, pattern: string) =>
  new Set(service.matchActions(pattern).map((a) => a.name.toLowerCase()));

interface Grant {
  statement: Statement;
  /** Lower-case action names, or every action of the service. */
  actions: Set<string> | 'all';
}

/**
 * The console's policy summary of `policy`: for Allow and for Deny statements apart, the access
 * levels each service gets Full or Limited, with the resources and conditions. The services the
 * statements name must be loaded in `catalog` (summarizePolicy does that).
 */
export function summarizeLoaded(policy: Policy, catalog: Catalog): PolicySummary {
  return {
    allow: summarizeEffect(policy.statements, 'Allow', catalog),
    deny: summarizeEffect(policy.statements, 'Deny', catalog),
  };
}

/** The prefixes a policy's Action and NotAction entries name, to load before summarizing. */
export function namedServices(policy: Policy, catalog: Catalog): Set<string> {
  const servicesOf = servicesMatching(catalog);
  const prefixes = new Set<string>();
  for (const statement of policy.statements) {
    for (const pattern of patternsOf(statement)) {
      if (isEveryAction(pattern)) continue;
      servicesOf(pattern).forEach((p) => prefixes.add(p));
    }
  }
  return prefixes;
}

/** The prefixes a pattern's service part matches, each service part worked out once. */
function servicesMatching(catalog: Catalog): (pattern: ActionPattern) => readonly string[] {
  const found = new Map<string, readonly string[]>();
  return ({ service }) => {
    let prefixes = found.get(service);
    if (!prefixes) {
      prefixes = catalog.servicesMatching(`${service}:*`);
      found.set(service, prefixes);
    }
    return prefixes;
  };
}

function patternsOf(statement: Statement): ActionPattern[] {
  return (statement.action?.entries ?? []).flatMap((e) => actionPattern(e.value) ?? []);
}

/** A statement with its Action or NotAction entries read once. */
interface ReadStatement {
  statement: Statement;
  patterns: ActionPattern[];
  negated: boolean;
}

/** A statement that reaches services it does not name: `"Action": "*"`, or any NotAction. */
function reachesEveryService({ negated, patterns }: ReadStatement): boolean {
  return negated || patterns.some(isEveryAction);
}

function summarizeEffect(all: Statement[], effect: Effect, catalog: Catalog): EffectSummary {
  const statements = all
    .filter((s) => s.effect === effect && s.action)
    .map((s) => ({ statement: s, patterns: patternsOf(s), negated: s.action?.negated === true }));
  const servicesOf = servicesMatching(catalog);
  const match = once(matchNames);
  const fits = once(resourceOf);
  // The statements naming each service, and the ones that reach every service.
  const naming = new Map<string, Set<ReadStatement>>();
  const reaching = statements.filter(reachesEveryService);
  const reachingAll = new Set(reaching);
  const unrecognized: string[] = [];
  for (const read of statements) {
    for (const pattern of read.patterns) {
      if (isEveryAction(pattern)) continue;
      const services = servicesOf(pattern).flatMap((p) => catalog.loaded(p) ?? []);
      for (const service of services) {
        const list = naming.get(service.prefix) ?? new Set();
        naming.set(service.prefix, list.add(read));
      }
      const known = services.some((s) => match(s, pattern.action).size > 0);
      if (!known && !read.negated) unrecognized.push(pattern.text);
    }
  }
  const services = [...naming]
    .flatMap(([prefix, named]) => {
      const service = catalog.loaded(prefix);
      if (!service) return [];
      const relevant = statements.filter((s) => named.has(s) || reachingAll.has(s));
      return serviceAccess(service, relevant, match, fits) ?? [];
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  const others = catalog.services.length - naming.size;
  return {
    services,
    ...(reaching.length > 0 &&
      others > 0 && {
        everyOtherService: { ...scopeOf(reaching.map((r) => r.statement)), count: others },
      }),
    unrecognized: [...new Set(unrecognized)],
  };
}

function serviceAccess(
  service: ServiceCatalog,
  statements: ReadStatement[],
  match: Matcher,
  fits: ResourceFit,
): ServiceAccess | undefined {
  const grants = statements.flatMap((s) => grantOf(s, service, match) ?? []);
  if (grants.length === 0) return undefined;
  const all = grants.some((g) => g.actions === 'all');
  const granted = new Set(grants.flatMap((g) => (g.actions === 'all' ? [] : [...g.actions])));
  const isGranted = (name: string) => all || granted.has(name.toLowerCase());
  const levels = ACCESS_LEVELS.flatMap((level): LevelAccess[] => {
    const actions = service.actionsWithAccessLevel(level);
    const count = actions.filter((a) => isGranted(a.name)).length;
    if (count === 0) return [];
    const grant = count === actions.length ? 'Full' : 'Limited';
    return [{ level, grant, granted: count, total: actions.length }];
  });
  return {
    prefix: service.prefix,
    name: service.name,
    fullAccess: service.actions.every((a) => isGranted(a.name)),
    levels,
    ...scopeOf(
      grants.map((g) => g.statement),
      (value) => fits(service, value),
    ),
  };
}

/** The actions of `service` a statement names (Action) or leaves out (NotAction). */
function grantOf(read: ReadStatement, service: ServiceCatalog, match: Matcher): Grant | undefined {
  const { statement } = read;
  const patterns = read.patterns.filter((p) => matchesWildcard(p.service, service.prefix));
  if (read.negated) {
    if (patterns.length === 0) return { statement, actions: 'all' };
    const left = patterns.map((p) => match(service, p.action));
    const kept = service.actions
      .map((a) => a.name.toLowerCase())
      .filter((name) => left.every((names) => !names.has(name)));
    return kept.length > 0 ? { statement, actions: new Set(kept) } : undefined;
  }
  if (patterns.some((p) => p.action === '*')) return { statement, actions: 'all' };
  const matched = new Set(patterns.flatMap((p) => [...match(service, p.action)]));
  return matched.size > 0 ? { statement, actions: matched } : undefined;
}

/**
 * The resources and conditions of `statements`; with a service, only the resources that can be
 * that service's (`*`, a wildcard service field, or an ARN one of its resource types fits).
 */
function scopeOf(statements: Statement[], fits?: (value: string) => boolean): AccessScope {
  const resources = new Map<string, AccessScope['resources'][number]>();
  const conditions = new Map<string, AccessScope['conditions'][number]>();
  for (const statement of statements) {
    const except = statement.resource?.negated === true;
    for (const { value } of statement.resource?.entries ?? []) {
      if (fits && !fits(value)) continue;
      resources.set(`${except}\n${value}`, { value, except });
    }
    for (const block of statement.conditions) {
      for (const entry of block.keys) {
        const condition = {
          operator: block.operator.raw,
          key: entry.key,
          values: entry.values.map((v) => v.value),
        };
        conditions.set(JSON.stringify(condition), condition);
      }
    }
  }
  return {
    resources: [...resources.values()],
    conditions: [...conditions.values()],
    statements: statements.map((s) => s.index),
  };
}

export function resourceOf(service: ServiceCatalog, value: string): boolean {
  const field = arnService(value);
  if (field === undefined || hasWildcard(field) || field === service.prefix) return true;
  return service.resourceTypesForArn(value).length > 0;
}
