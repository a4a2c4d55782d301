import { actionAccess, principalLayers, type PrincipalLayers } from '../account/what-can-layers.ts';
import { splitAction, type Catalog } from '../catalog/catalog.ts';
import type { ServiceCatalog } from '../catalog/service.ts';
import { hasWildcard } from '../catalog/wildcard.ts';
import { decideRequest } from '../engine/evaluate.ts';
import type { PreparedScenario } from '../engine/prepare.ts';
import { actionPattern, isEveryAction } from '../summary/patterns.ts';
import type { RequestContext } from './event-context.ts';
import { callerCalls, resolveCaller } from './generate-calls.ts';
import type { GenerationDiff, ServiceUse } from './generate-model.ts';
import type { MappedCall } from './replay-model.ts';
import { replayCalls } from './replay.ts';

/*
 * Access Advisor's view ("Refine permissions in AWS using last accessed information",
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_last-accessed.html): for each
 * service the caller's policies grant, when it was last used; here with the actions granted and
 * never used in the window of the logs, from the events instead of AWS's tracking period.
 */

/** What compareWithCurrent reads of the catalog: the services it compares must be loaded. */
export type CompareCatalog = Pick<Catalog, 'services' | 'service' | 'servicesMatching' | 'loaded'>;

/** How the caller used one service in the window. */
interface ServiceCalls {
  actions: Set<string>;
  resources: Set<string>;
  lastUsed?: string;
  /** The context of its last call: the conditions of today's policies are asked with it. */
  context: RequestContext;
}

interface Subject {
  prepared: PreparedScenario;
  caller: string;
  used: MappedCall[];
  /** The principal unused actions are asked for: the caller's last one (a role: a session). */
  principal: string;
  layers: PrincipalLayers;
}

function subjectOf(
  prepared: PreparedScenario,
  calls: readonly MappedCall[],
  asked: string,
): Subject {
  const caller = resolveCaller(calls, asked) ?? asked;
  const { used } = callerCalls(calls, caller);
  const last = used.reduce<MappedCall | undefined>(
    (latest, call) => (!latest || (call.lastSeen ?? '') > (latest.lastSeen ?? '') ? call : latest),
    undefined,
  );
  const principal = last?.principal ?? caller;
  return { prepared, caller, used, principal, layers: principalLayers(prepared, principal) };
}

function serviceCalls(used: readonly MappedCall[]): Map<string, ServiceCalls> {
  const services = new Map<string, ServiceCalls>();
  for (const call of used)
    for (const request of call.requests) {
      const prefix = splitAction(request.action)?.service.toLowerCase();
      if (prefix === undefined) continue;
      let service = services.get(prefix);
      if (!service) {
        service = { actions: new Set(), resources: new Set(), context: request.context };
        services.set(prefix, service);
      }
      service.actions.add(request.action.toLowerCase());
      service.resources.add(request.resource);
      if (call.lastSeen !== undefined && call.lastSeen > (service.lastUsed ?? '')) {
        service.lastUsed = call.lastSeen;
        service.context = request.context;
      }
    }
  return services;
}

/** The services the caller's policies name (every one for `*` or a NotAction) and those it used. */
function servicesToCompare(
  subject: Subject,
  catalog: Pick<Catalog, 'services' | 'service' | 'servicesMatching'>,
): string[] {
  const named = new Set(serviceCalls(subject.used).keys());
  for (const statement of subject.layers.allowLayers[0] ?? []) {
    const element = statement.action;
    if (!element || element.negated) return catalog.services.map((s) => s.prefix);
    for (const { entry } of element.entries) {
      const pattern = actionPattern(entry.value);
      if (!pattern) continue;
      if (isEveryAction(pattern)) return catalog.services.map((s) => s.prefix);
      if (hasWildcard(pattern.service))
        catalog.servicesMatching(`${pattern.service}:*`).forEach((p) => named.add(p));
      else {
        const service = catalog.service(pattern.service);
        if (service) named.add(service.prefix);
      }
    }
  }
  return [...named].sort();
}

/**
 * Whether today's policies allow `action` to the caller: on every resource, or (when resources or
 * conditions limit it) on `*` or a resource of the service the caller used, with its last context.
 */
function granted(subject: Subject, action: string, calls: ServiceCalls | undefined): boolean {
  const access = actionAccess(subject.layers, action.toLowerCase());
  if (access.status === 'none' || subject.layers.unreadable.length > 0) return false;
  if (access.status === 'full') return true;
  return ['*', ...(calls?.resources ?? [])].some(
    (resource) => decisionOn(subject, action, resource, calls?.context) === 'allowed',
  );
}

function decisionOn(
  subject: Subject,
  action: string,
  resource: string,
  context: RequestContext | undefined,
): string {
  const request = { principal: subject.principal, action, resource, context: context ?? {} };
  return decideRequest(subject.prepared, request, 0).decision;
}

function serviceUse(
  subject: Subject,
  service: ServiceCatalog,
  calls: ServiceCalls | undefined,
): ServiceUse | undefined {
  const grantedActions = service.actions
    .map((action) => `${service.prefix}:${action.name}`)
    .filter((action) => granted(subject, action, calls));
  const used = grantedActions.filter((action) => calls?.actions.has(action.toLowerCase()));
  const neverUsed = grantedActions.filter((action) => !calls?.actions.has(action.toLowerCase()));
  if (grantedActions.length === 0) return undefined;
  const use: ServiceUse = {
    service: service.prefix,
    granted: grantedActions.length,
    used,
    neverUsed,
  };
  if (calls?.lastUsed !== undefined) use.lastUsed = calls.lastUsed;
  return use;
}

/** The services compareWithCurrent asks about, to load in the catalog first. */
export function comparedServices(
  prepared: PreparedScenario,
  calls: readonly MappedCall[],
  caller: string,
  catalog: Pick<Catalog, 'services' | 'service' | 'servicesMatching'>,
): string[] {
  return servicesToCompare(subjectOf(prepared, calls, caller), catalog);
}

/**
 * The generated policy's other side: for each service, the actions the caller's policies in
 * `prepared` allow today, those the window's successful calls used and never used, with the
 * service's last use (Access Advisor's view, `services`; `unused` those with actions never used);
 * and the successful calls today's policies deny. Services the catalog has not loaded are
 * named in `unloaded` (loadCompareWithCurrent loads them).
 */
export function compareWithCurrent(
  prepared: PreparedScenario,
  calls: readonly MappedCall[],
  caller: string,
  catalog: CompareCatalog,
): GenerationDiff {
  const subject = subjectOf(prepared, calls, caller);
  const byService = serviceCalls(subject.used);
  const services: ServiceUse[] = [];
  const unloaded: string[] = [];
  for (const prefix of servicesToCompare(subject, catalog)) {
    const service = catalog.loaded(prefix);
    if (!service) {
      unloaded.push(prefix);
      continue;
    }
    const use = serviceUse(subject, service, byService.get(prefix));
    if (use) services.push(use);
  }
  const unused = services.filter((use) => use.neverUsed!.length > 0);
  const usedButDenied = replayCalls(prepared, subject.used).calls.filter(
    (replayed) => replayed.decision !== 'allowed',
  );
  return { services, unused, usedButDenied, ...(unloaded.length > 0 && { unloaded }) };
}

/** compareWithCurrent once the services it asks about are loaded in `catalog`. */
export async function loadCompareWithCurrent(
  prepared: PreparedScenario,
  calls: readonly MappedCall[],
  caller: string,
  catalog: Catalog,
): Promise<GenerationDiff> {
  const prefixes = comparedServices(prepared, calls, caller, catalog);
  await Promise.all(prefixes.map((prefix) => catalog.load(prefix)));
  return compareWithCurrent(prepared, calls, caller, catalog);
}
