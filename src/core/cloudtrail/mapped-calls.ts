import type { RequestContext } from './event-context.ts';
import type { EventRequest, EventRequests } from './event-requests.ts';
import type { CallerPrincipal, CloudTrailEvent } from './model.ts';
import type { MappedCall } from './replay-model.ts';
import { widenSeen } from './seen-times.ts';

const SEPARATOR = '\u0001';

/** Keys that change with every event: a distinct call stands for many times. */
const isTimeKey = (key: string) => key === 'aws:CurrentTime' || key === 'aws:EpochTime';

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

/** A short code for each context key met, so that a context's text is mostly its values. */
const keyCodes = new Map<string, string>();

function keyCode(key: string): string {
  let code = keyCodes.get(key);
  if (code === undefined) {
    code = String.fromCharCode(0x100 + keyCodes.size);
    keyCodes.set(key, code);
  }
  return code;
}

/** The context's keys and values but the time, as text: equal for equal contexts. */
function contextText(context: RequestContext): string {
  let text = '';
  const keys = Object.keys(context);
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i]!;
    if (isTimeKey(key)) continue;
    const value = context[key]!;
    text += keyCode(key) + (typeof value === 'string' ? value : JSON.stringify(value)) + SEPARATOR;
  }
  return text;
}

function withoutTime(context: RequestContext): RequestContext {
  const kept: RequestContext = {};
  for (const key in context) if (!isTimeKey(key)) kept[key] = context[key]!;
  return kept;
}

/** The key of the distinct call an event is: the same for every event of that call. */
export function mappedCallKey(requests: EventRequests, event: CloudTrailEvent): string {
  const unmappedResources = requests.unmapped === undefined ? '' : event.resources.join(' ');
  let key = `${event.principal.type}${SEPARATOR}${callerOf(event.principal)}${SEPARATOR}${requests.principal ?? requests.principalUnresolved ?? ''}${SEPARATOR}${event.eventSource}${SEPARATOR}${event.eventName}${SEPARATOR}${requests.recorded}${SEPARATOR}${unmappedResources}${SEPARATOR}${contextText(requests.context)}`;
  const list = requests.requests;
  for (let at = 0; at < list.length; at += 1) {
    const request = list[at]!;
    // A request's own context (one with iam:PassedToService) is part of the key too.
    const own = request.context === requests.context ? '' : contextText(request.context);
    key += `${SEPARATOR}${request.action} ${request.resource} ${own}`;
  }
  return key;
}

/**
 * One event as a distinct call of its own, its time left out of the contexts; with `timeless`
 * false the contexts are the event's own, for a call decided at once and not kept.
 */
export function mappedCall(
  requests: EventRequests,
  event: CloudTrailEvent,
  timeless = true,
): MappedCall {
  const context = timeless ? withoutTime(requests.context) : requests.context;
  const kept = timeless
    ? requests.requests.map((request): EventRequest => ({
        ...request,
        context: request.context === requests.context ? context : withoutTime(request.context),
      }))
    : requests.requests;
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

/**
 * Distinct mapped calls, built as events arrive: one per caller, service, operation, recorded
 * outcome and the requests it needed (principal, action, resource, context without the time), with
 * counts and first and last times.
 */
export class MappedCallAggregate {
  private calls = new Map<string, MappedCall>();
  /** Events not kept because the number of distinct calls reached `maxCalls`. */
  overflow = 0;

  constructor(private readonly maxCalls = 1_000_000) {}

  get size(): number {
    return this.calls.size;
  }

  add(requests: EventRequests, event: CloudTrailEvent): void {
    const key = mappedCallKey(requests, event);
    const call = this.calls.get(key);
    if (call) {
      call.count += event.count;
      widenSeen(call, event);
      return;
    }
    if (this.calls.size >= this.maxCalls) {
      this.overflow += event.count;
      return;
    }
    this.calls.set(key, mappedCall(requests, event));
  }

  list(): MappedCall[] {
    return [...this.calls.values()];
  }

  /** Each call with its key, the same for the same call whenever it is added, in list()'s order. */
  entries(): [string, MappedCall][] {
    return [...this.calls.entries()];
  }

  /** Forgets every call, so that a reader can replay a portion and go on. */
  clear(): void {
    this.calls = new Map();
    this.overflow = 0;
  }
}
