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
  const prefixes = new Set<string>();
  for (const statement of policy.statements) {
    for (const pattern of patternsOf(statement)) {
      if (isEveryAction(pattern)) continue;
      catalog.servicesMatching(pattern.text).forEach((p) => prefixes.add(p));
    }
  }
  return prefixes;
}

function patternsOf(statement: Statement): ActionPattern[] {
  return (statement.action?.entries ?? []).flatMap((e) => actionPattern(e.value) ?? []);
}

/** A statement that reaches services it does not name: `"Action": "*"`, or any NotAction. */
function reachesEveryService(statement: Statement): boolean {
  return statement.action?.negated === true || patternsOf(statement).some(isEveryAction);
}

function summarizeEffect(all: Statement[], effect: Effect, catalog: Catalog): EffectSummary {
  const statements = all.filter((s) => s.effect === effect && s.action);
  const named = new Set<string>();
  const unrecognized: string[] = [];
  for (const statement of statements) {
    for (const pattern of patternsOf(statement)) {
      if (isEveryAction(pattern)) continue;
      const services = catalog
        .servicesMatching(pattern.text)
        .flatMap((p) => catalog.loaded(p) ?? []);
      services.forEach((s) => named.add(s.prefix));
      const known = services.some((s) => s.matchActions(pattern.action).length > 0);
      if (!known && !statement.action?.negated) unrecognized.push(pattern.text);
    }
  }
  const services = [...named]
    .flatMap((prefix) => catalog.loaded(prefix) ?? [])
    .map((service) => serviceAccess(service, statements))
    .filter((access) => access !== undefined)
    .sort((a, b) => a.name.localeCompare(b.name));
  const reaching = statements.filter(reachesEveryService);
  const others = catalog.services.length - named.size;
  return {
    services,
    ...(reaching.length > 0 &&
      others > 0 && { everyOtherService: { ...scopeOf(reaching), count: others } }),
    unrecognized: [...new Set(unrecognized)],
  };
}

function serviceAccess(
  service: ServiceCatalog,
  statements: Statement[],
): ServiceAccess | undefined {
  const grants = statements.flatMap((s) => grantOf(s, service) ?? []);
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
      service,
    ),
  };
}

/** The actions of `service` a statement names (Action) or leaves out (NotAction). */
function grantOf(statement: Statement, service: ServiceCatalog): Grant | undefined {
  const patterns = patternsOf(statement).filter((p) => matchesWildcard(p.service, service.prefix));
  const names = (actions: { name: string }[]) => actions.map((a) => a.name.toLowerCase());
  if (statement.action?.negated) {
    if (patterns.length === 0) return { statement, actions: 'all' };
    const kept = service.actions.filter((a) =>
      patterns.every((p) => !matchesWildcard(p.action, a.name)),
    );
    return kept.length > 0 ? { statement, actions: new Set(names(kept)) } : undefined;
  }
  if (patterns.some((p) => p.action === '*')) return { statement, actions: 'all' };
  const matched = patterns.flatMap((p) => service.matchActions(p.action));
  return matched.length > 0 ? { statement, actions: new Set(names(matched)) } : undefined;
}

/**
 * The resources and conditions of `statements`; with a service, only the resources that can be
 * that service's (`*`, a wildcard service field, or an ARN one of its resource types fits).
 */
function scopeOf(statements: Statement[], service?: ServiceCatalog): AccessScope {
  const resources = new Map<string, AccessScope['resources'][number]>();
  const conditions = new Map<string, AccessScope['conditions'][number]>();
  for (const statement of statements) {
    const except = statement.resource?.negated === true;
    for (const { value } of statement.resource?.entries ?? []) {
      if (service && !resourceOf(value, service)) continue;
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

function resourceOf(value: string, service: ServiceCatalog): boolean {
  const field = arnService(value);
  if (field === undefined || hasWildcard(field) || field === service.prefix) return true;
  return service.resourceTypesForArn(value).length > 0;
}
