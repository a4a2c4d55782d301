import type { Catalog } from '../catalog/catalog.ts';
import { ACCESS_LEVELS } from '../catalog/model.ts';
import { hasWildcard } from '../catalog/wildcard.ts';
import type { ServiceCatalog } from '../catalog/service.ts';
import { decideRequest } from '../engine/evaluate.ts';
import { prepareScenario, type PreparedScenario } from '../engine/prepare.ts';
import type { Scenario } from '../scenario/model.ts';
import { actionPattern, isEveryAction } from '../summary/patterns.ts';
import { resourceOf } from '../summary/summarize.ts';
import { accountScenario } from './account-scenario.ts';
import type { Account } from './model.ts';
import type {
  WhatCanAnswer,
  WhatCanLevel,
  WhatCanOptions,
  WhatCanService,
} from './what-can-model.ts';
import {
  actionAccess,
  principalLayers,
  type ActionAccess,
  type PrincipalLayers,
} from './what-can-layers.ts';
import { policyNames } from './what-can-names.ts';
import { unknownPrincipal } from './what-can-principal.ts';
import { serviceScenarios } from './what-can-service-scenario.ts';
import { ScopeBuilder } from './what-can-scope.ts';

/** What whatCan reads of the catalog: a Catalog whose services the policies name are loaded. */
export type WhatCanCatalog = Pick<Catalog, 'services' | 'service' | 'servicesMatching' | 'loaded'>;

/** The principal's policies prepared once, whole or for one service's actions. */
interface Prepared extends Scope {
  forService: (prefix: string) => Scope;
  policyNames: Record<string, string>;
  now: Date;
}

/** The scenario the engine decides in, and the principal's layers in it. */
interface Scope {
  principal: string;
  prepared: PreparedScenario;
  layers: PrincipalLayers;
}

/**
 * The account's scenario (accountScenario, as who-can decides it) with only the policies reaching
 * `principalArn` of the account's own: the others cannot change what it may do.
 */
function principalScenario(
  account: Account,
  principalArn: string,
  options: WhatCanOptions,
): Scenario {
  const extra = new Set(options.extraPolicies ?? []);
  const scenario = accountScenario(account, options.extraPolicies);
  scenario.policies = scenario.policies.filter(
    (policy) =>
      extra.has(policy) || (policy.type !== 'trust' && policy.attachedTo?.includes(principalArn)),
  );
  if (options.organization) scenario.organization = options.organization;
  return scenario;
}

function prepare(account: Account, principalArn: string, options: WhatCanOptions): Prepared {
  const problem = unknownPrincipal(account, principalArn);
  if (problem !== undefined) throw new Error(problem);
  const scenario = principalScenario(account, principalArn, options);
  const prepared = prepareScenario(scenario);
  const layers = principalLayers(prepared, principalArn);
  const scenarioFor = serviceScenarios(prepared);
  const forService = (prefix: string): Scope => {
    const serviceScenario = scenarioFor(prefix);
    return {
      principal: principalArn,
      prepared: serviceScenario,
      layers: principalLayers(serviceScenario, principalArn),
    };
  };
  return {
    principal: principalArn,
    prepared,
    layers,
    forService,
    policyNames: policyNames(account, scenario),
    now: options.now ?? new Date(),
  };
}

/** The prefixes the Action and NotAction entries of the principal's policies name. */
function namedServices({ layers }: Prepared, catalog: WhatCanCatalog): Set<string> {
  const named = new Set<string>();
  const seen = new Set<string>();
  for (const statement of layers.statements) {
    for (const { entry } of statement.action?.entries ?? []) {
      const pattern = actionPattern(entry.value);
      if (!pattern || isEveryAction(pattern) || seen.has(pattern.service)) continue;
      seen.add(pattern.service);
      if (hasWildcard(pattern.service)) {
        catalog.servicesMatching(`${pattern.service}:*`).forEach((prefix) => named.add(prefix));
      } else {
        const service = catalog.service(pattern.service);
        if (service) named.add(service.prefix);
      }
    }
  }
  return named;
}

/**
 * What `action` gets. Full is also the engine's decision on every resource (`*`) for a request
 * with no context, so the answer agrees with the simulator; a policy that cannot be read denies
 * every request it applies to, as the engine does.
 */
function accessOf(scope: Scope, action: string, now: Date): ActionAccess {
  const access = actionAccess(scope.layers, action.toLowerCase());
  if (scope.layers.unreadable.length > 0) return { ...access, status: 'none' };
  if (access.status !== 'full') return access;
  const request = { principal: scope.principal, action, resource: '*' };
  const decided = decideRequest(scope.prepared, request, 0, { now });
  return decided.decision === 'allowed' ? access : { ...access, status: 'limited' };
}

function serviceAccess(input: Prepared, service: ServiceCatalog): WhatCanService | undefined {
  const fits = (value: string) => resourceOf(service, value);
  const order = input.prepared.policyOrder;
  const decidedIn = input.forService(service.prefix);
  let reached = false;
  let fullAccess = true;
  const levels = ACCESS_LEVELS.flatMap((level): WhatCanLevel[] => {
    const actions = service.actionsWithAccessLevel(level);
    if (actions.length === 0) return [];
    const scope = new ScopeBuilder(fits, order);
    let granted = 0;
    let unlimited = 0;
    for (const action of actions) {
      const access = accessOf(decidedIn, `${service.prefix}:${action.name}`, input.now);
      if (!access.identityAllows) continue;
      reached = true;
      scope.add(access);
      if (access.status !== 'none') granted += 1;
      if (access.status === 'full') unlimited += 1;
    }
    if (unlimited < actions.length) fullAccess = false;
    const total = actions.length;
    const grant = unlimited === total ? 'Full' : granted > 0 ? 'Limited' : 'None';
    return [{ level, grant, granted, unlimited, total, ...scope.build() }];
  });
  if (!reached) return undefined;
  return { prefix: service.prefix, name: service.name, fullAccess, levels };
}

/**
 * The services no policy names are reached alike, by `"Action": "*"` or a NotAction: what one of
 * them gets, for an action name none of the policies' patterns can tell apart from another.
 */
function everyOtherService(
  input: Prepared,
  catalog: WhatCanCatalog,
  named: ReadonlySet<string>,
): WhatCanAnswer['everyOtherService'] {
  const others = catalog.services.filter((service) => !named.has(service.prefix));
  const first = others[0];
  if (!first) return undefined;
  const access = accessOf(input, `${first.prefix}:*`, input.now);
  if (!access.identityAllows || access.status === 'none') return undefined;
  const scope = new ScopeBuilder(() => true, input.prepared.policyOrder);
  scope.add(access);
  const grant = access.status === 'full' ? 'Full' : 'Limited';
  return { grant, count: others.length, ...scope.build() };
}

function answer(input: Prepared, catalog: WhatCanCatalog): WhatCanAnswer {
  const named = namedServices(input, catalog);
  const services: WhatCanService[] = [];
  const unloaded: string[] = [];
  for (const prefix of named) {
    const service = catalog.loaded(prefix);
    if (!service) unloaded.push(prefix);
    else {
      const access = serviceAccess(input, service);
      if (access) services.push(access);
    }
  }
  services.sort((a, b) => a.name.localeCompare(b.name));
  const others = everyOtherService(input, catalog, named);
  const unreadable = input.layers.unreadable.map(({ source, parsed }) => ({
    policyId: source.id,
    message:
      parsed.problems.find((problem) => problem.severity === 'error')?.message ??
      'the policy could not be read',
  }));
  return {
    principal: input.principal,
    services,
    ...(others && { everyOtherService: others }),
    unloaded: unloaded.sort(),
    unreadable,
    policyNames: input.policyNames,
  };
}

/**
 * What a user or role of the account can do: for each service its identity policies allow actions
 * of, each access level Full, Limited or None once its permissions boundary, session policies,
 * SCPs and every Deny (RCPs' too) are applied, with the resources and conditions that limit it and
 * the deciding statements. Each action of the service reference is asked about; the services the
 * policies name must be loaded in `catalog` (loadWhatCan does that). Throws when `principalArn` is
 * not a user or role of the account (unknownPrincipal says why).
 */
export function whatCan(
  account: Account,
  principalArn: string,
  catalog: WhatCanCatalog,
  options: WhatCanOptions = {},
): WhatCanAnswer {
  return answer(prepare(account, principalArn, options), catalog);
}

/** whatCan, once the services the principal's policies name are loaded in `catalog`. */
export async function loadWhatCan(
  account: Account,
  principalArn: string,
  catalog: Catalog,
  options: WhatCanOptions = {},
): Promise<WhatCanAnswer> {
  const input = prepare(account, principalArn, options);
  await Promise.all([...namedServices(input, catalog)].map((prefix) => catalog.load(prefix)));
  return answer(input, catalog);
}
