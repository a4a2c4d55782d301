import type { ServiceCatalog } from '../catalog/service.ts';
import { DATED_EVENT_NAME, EVENT_EXCEPTIONS, type ActionNeed } from './event-exceptions.ts';
import { isUnnamedOperation, servicePrefixOf } from './event-map.ts';

/** The service reference, each service's detail looked up synchronously (loaded beforehand, or read from a file). */
export interface LoadedServices {
  loaded(prefix: string): ServiceCatalog | undefined;
}

export type EventActions =
  | { mapped: true; prefix: string; needs: readonly ActionNeed[] }
  | { mapped: false; reason: string };

const EXCEPTIONS = new Map(
  EVENT_EXCEPTIONS.map((e) => [`${e.eventSource} ${e.eventName}`, e.needs]),
);

/** Lambda's `UpdateFunctionCode20150331v2` as `UpdateFunctionCode`; other names as they are. */
export function operationName(eventSource: string, eventName: string): string {
  const dated = DATED_EVENT_NAME[eventSource]?.exec(eventName);
  return dated?.[1] ?? eventName;
}

/** The IAM services whose reference a mapping of these event sources may read. */
export function prefixesNeeded(eventSources: Iterable<string>): Set<string> {
  const prefixes = new Set<string>();
  for (const source of eventSources) {
    const prefix = servicePrefixOf(source);
    if (prefix !== undefined) prefixes.add(prefix);
  }
  for (const exception of EVENT_EXCEPTIONS)
    if (prefixes.has(servicePrefixOf(exception.eventSource) ?? ''))
      for (const need of exception.needs) prefixes.add(need.action.split(':')[0]!);
  return prefixes;
}

/**
 * The IAM action(s) a call needs: the reviewed exception when there is one, else the action of
 * the service named as the operation.
 */
export function eventActions(
  catalog: LoadedServices,
  eventSource: string,
  eventName: string,
): EventActions {
  const prefix = servicePrefixOf(eventSource);
  if (prefix === undefined)
    return {
      mapped: false,
      reason: `unknown event source ${eventSource}: no AWS API has this endpoint`,
    };
  const operation = operationName(eventSource, eventName);
  const needs = EXCEPTIONS.get(`${eventSource} ${operation}`);
  if (needs) return { mapped: true, prefix, needs };
  const service = catalog.loaded(prefix);
  if (!service)
    return { mapped: false, reason: `the service reference of ${prefix} is not loaded` };
  const action = service.action(operation);
  if (action) return { mapped: true, prefix, needs: [{ action: `${prefix}:${action.name}` }] };
  return {
    mapped: false,
    reason: isUnnamedOperation(prefix, operation)
      ? `${eventSource} operation ${operation} has no IAM action of its name in ${prefix}, and no reviewed exception says which it needs`
      : `unknown operation ${eventName} of ${eventSource}: neither its API nor IAM's ${prefix} actions name it`,
  };
}
