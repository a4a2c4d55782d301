import type { RequestContext } from './event-context.ts';
import type { EventRequest, EventRequests } from './event-requests.ts';
import type { CallerPrincipal, CloudTrailEvent } from './model.ts';
import type { MappedCall } from './replay-model.ts';

const SEPARATOR = '\u0001';
/** Keys that change with every event: a distinct call stands for many times. */
const TIME_KEYS = ['aws:CurrentTime', 'aws:EpochTime'];

/** Who a call is counted under: a role session's role, anyone else as its principal names it. */
export function callerOf(principal: CallerPrincipal): string {
  return (
    principal.roleArn ??
    principal.principal ??
    principal.userId ??
    principal.invokedBy ??
    principal.identityCenterUser?.userId ??
    principal.type
  );
}

function withoutTime(context: RequestContext): RequestContext {
  if (!TIME_KEYS.some((key) => key in context)) return context;
  const kept: RequestContext = {};
  for (const [key, value] of Object.entries(context))
    if (!TIME_KEYS.includes(key)) kept[key] = value;
  return kept;
}

/**
 * Distinct mapped calls, built as events arrive: one per caller, service, operation, recorded
 * outcome and the requests it needed (principal, action, resource, context without the time), with
 * counts and first and last times. Equal contexts are kept once, so that calls on many resources
 * with the same context hold one copy of it.
 */
export class MappedCallAggregate {
  private readonly calls = new Map<string, MappedCall>();
  private readonly contexts = new Map<string, { id: number; context: RequestContext }>();
  /** Events not kept because the number of distinct calls reached `maxCalls`. */
  overflow = 0;

  constructor(private readonly maxCalls = 1_000_000) {}

  get size(): number {
    return this.calls.size;
  }

  private interned(context: RequestContext): { id: number; context: RequestContext } {
    const stripped = withoutTime(context);
    const text = JSON.stringify(stripped);
    let found = this.contexts.get(text);
    if (!found) {
      found = { id: this.contexts.size, context: stripped };
      this.contexts.set(text, found);
    }
    return found;
  }

  add(requests: EventRequests, event: CloudTrailEvent): void {
    const context = this.interned(requests.context);
    const seen = new Map<RequestContext, { id: number; context: RequestContext }>([
      [requests.context, context],
    ]);
    const kept: EventRequest[] = [];
    const parts: string[] = [
      event.principal.type,
      callerOf(event.principal),
      requests.principal ?? requests.principalUnresolved ?? '',
      event.eventSource,
      event.eventName,
      requests.recorded,
      String(context.id),
      requests.unmapped === undefined ? requests.resources.join(' ') : event.resources.join(' '),
    ];
    for (const request of requests.requests) {
      let own = seen.get(request.context);
      if (!own) {
        own = this.interned(request.context);
        seen.set(request.context, own);
      }
      parts.push(`${request.action} ${request.resource} ${own.id}`);
      kept.push({ ...request, context: own.context });
    }
    const key = parts.join(SEPARATOR);
    const call = this.calls.get(key);
    if (call) {
      call.count += event.count;
      if (
        event.firstSeen !== undefined &&
        (call.firstSeen === undefined || event.firstSeen < call.firstSeen)
      )
        call.firstSeen = event.firstSeen;
      if (
        event.lastSeen !== undefined &&
        (call.lastSeen === undefined || event.lastSeen > call.lastSeen)
      )
        call.lastSeen = event.lastSeen;
      return;
    }
    if (this.calls.size >= this.maxCalls) {
      this.overflow += event.count;
      return;
    }
    this.calls.set(key, this.newCall(requests, event, context.context, kept));
  }

  private newCall(
    requests: EventRequests,
    event: CloudTrailEvent,
    context: RequestContext,
    kept: EventRequest[],
  ): MappedCall {
    const call: MappedCall = {
      caller: callerOf(event.principal),
      callerType: event.principal.type,
      eventSource: event.eventSource,
      eventName: event.eventName,
      actions: requests.actions,
      resources: requests.unmapped === undefined ? requests.resources : event.resources,
      context,
      requests: kept,
      recorded: requests.recorded,
      notes: requests.notes,
      count: event.count,
    };
    if (requests.principal !== undefined) call.principal = requests.principal;
    if (requests.principalUnresolved !== undefined)
      call.principalUnresolved = requests.principalUnresolved;
    if (requests.unmapped !== undefined) call.unmapped = requests.unmapped;
    if (event.firstSeen !== undefined) call.firstSeen = event.firstSeen;
    if (event.lastSeen !== undefined) call.lastSeen = event.lastSeen;
    if (event.eventId !== undefined) call.sampleEventId = event.eventId;
    return call;
  }

  list(): MappedCall[] {
    return [...this.calls.values()];
  }
}
