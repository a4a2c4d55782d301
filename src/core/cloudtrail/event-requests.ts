import type { Catalog } from '../catalog/catalog.ts';
import {
  eventActions,
  prefixesNeeded,
  type EventActions,
  type LoadedServices,
} from './event-actions.ts';
import type { ActionNeed } from './event-exceptions.ts';
import { requestContext, type RequestContext } from './event-context.ts';
import type { EventFacts } from './event-facts.ts';
import { needResources } from './event-resources.ts';
import type { AggregatedCall, CloudTrailEvent } from './model.ts';

/** One request a call needed: what the engine is asked to decide for it. */
export interface EventRequest {
  principal?: string;
  action: string;
  resource: string;
  context: RequestContext;
}

/** A call (one record, or one distinct call of the aggregation) as the requests it needed. */
export interface EventRequests {
  /** The caller as the engine reads it; absent with `principalUnresolved` when it cannot be named. */
  principal?: string;
  principalUnresolved?: string;
  actions: string[];
  /** Every resource the requests are asked on, each once. */
  resources: string[];
  context: RequestContext;
  requests: EventRequest[];
  /** `success`, or the errorCode CloudTrail recorded (AccessDenied, UnauthorizedOperation, ...). */
  recorded: string;
  /** Why the call could not be mapped to IAM actions. */
  unmapped?: string;
  /** Why a resource is `*` where the action takes one, and other limits of the mapping. */
  notes: string[];
}

/** The needs that apply to a call, by the requestParameters given or absent. */
function applyingNeeds(needs: readonly ActionNeed[], facts: EventFacts | undefined): ActionNeed[] {
  const applying: ActionNeed[] = [];
  for (const need of needs) {
    if (need.parameter !== undefined && facts?.parameters[need.parameter] === undefined) continue;
    if (need.absentParameter !== undefined && facts?.parameters[need.absentParameter] !== undefined)
      continue;
    applying.push(need);
  }
  return applying;
}

/**
 * Maps CloudTrail calls to the requests they needed, through the service reference. Mapping is
 * synchronous: the reference of every service the calls name is loaded up front
 * (`EventRequestMapper.load`), or read as asked (the command line's file catalog).
 */
export class EventRequestMapper {
  private readonly actions = new Map<string, EventActions>();

  constructor(private readonly catalog: LoadedServices) {}

  /** A mapper over `catalog` once the services these event sources need are loaded in it. */
  static async load(catalog: Catalog, eventSources: Iterable<string>): Promise<EventRequestMapper> {
    await Promise.all([...prefixesNeeded(eventSources)].map((prefix) => catalog.load(prefix)));
    return new EventRequestMapper(catalog);
  }

  private actionsOf(eventSource: string, eventName: string): EventActions {
    const key = `${eventSource} ${eventName}`;
    let found = this.actions.get(key);
    if (!found) {
      found = eventActions(this.catalog, eventSource, eventName);
      this.actions.set(key, found);
    }
    return found;
  }

  /** One record read as `event`, with the facts of its requestParameters (eventFacts). */
  fromEvent(event: CloudTrailEvent, facts?: EventFacts): EventRequests {
    return this.map(event, event.eventTime, facts);
  }

  /**
   * One distinct call of the aggregation: its requestParameters are not kept, so resources come
   * from resources[] alone, and aws:CurrentTime is left out (the call stands for many times).
   */
  fromCall(call: AggregatedCall): EventRequests {
    return this.map(call, undefined, undefined);
  }

  private map(
    call: AggregatedCall | CloudTrailEvent,
    eventTime: string | undefined,
    facts: EventFacts | undefined,
  ): EventRequests {
    const context = requestContext(call.principal, call.context, eventTime);
    const result: EventRequests = {
      actions: [],
      resources: [],
      context,
      requests: [],
      recorded: call.errorCode ?? 'success',
      notes: [],
    };
    const principal = call.principal.principal;
    if (principal !== undefined) result.principal = principal;
    else result.principalUnresolved = call.principal.unresolved ?? 'no principal in userIdentity';
    const mapping = this.actionsOf(call.eventSource, call.eventName);
    if (!mapping.mapped) {
      result.unmapped = mapping.reason;
      return result;
    }
    const applying = applyingNeeds(mapping.needs, facts);
    if (!facts)
      for (const need of mapping.needs)
        if (need.parameter !== undefined)
          result.notes.push(
            `${need.action}: needed when requestParameters.${need.parameter} is given, which the aggregation does not keep`,
          );
    const excluded = new Set<string>();
    const resources = new Set<string>();
    for (const need of applying) {
      const [prefix, name] = need.action.split(':') as [string, string];
      const info = this.catalog.loaded(prefix)?.action(name);
      const found = needResources(need, info, call.resources, facts, excluded);
      if (need.resource === 'copy-source') for (const arn of found.resources) excluded.add(arn);
      if (found.note !== undefined) result.notes.push(found.note);
      const needContext = need.passedToService
        ? { ...context, 'iam:PassedToService': need.passedToService }
        : context;
      result.actions.push(need.action);
      for (const resource of found.resources) {
        resources.add(resource);
        const request: EventRequest = { action: need.action, resource, context: needContext };
        if (principal !== undefined) request.principal = principal;
        result.requests.push(request);
      }
    }
    result.actions = [...new Set(result.actions)];
    result.resources = [...resources];
    return result;
  }
}
