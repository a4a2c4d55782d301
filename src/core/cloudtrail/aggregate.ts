import type { AggregatedCall, CallerPrincipal, CloudTrailEvent } from './model.ts';
import { definedFields } from '../object/defined-fields.ts';
import { widenSeen } from './seen-times.ts';

const SEPARATOR = '\u0001';

/**
 * Who made a call, for grouping: a role's sessions group under the role (session names are often
 * one per process or instance, and policies are the role's), anyone else under its principal.
 */
export function principalKey(principal: CallerPrincipal): string {
  const who =
    principal.roleArn ??
    principal.principal ??
    principal.userId ??
    principal.invokedBy ??
    principal.identityCenterUser?.userId ??
    '';
  return `${principal.type}${SEPARATOR}${who}`;
}

function callKey(event: CloudTrailEvent): string {
  const { context } = event;
  return [
    principalKey(event.principal),
    event.eventSource,
    event.eventName,
    event.resources.join(' '),
    event.errorCode ?? '',
    context.sourceIp ?? '',
    context.region ?? '',
    String(context.mfaAuthenticated ?? ''),
    context.userAgentClass,
    context.vpcEndpointId ?? '',
    String(context.secureTransport ?? ''),
  ].join(SEPARATOR);
}

/** Distinct calls with their counts and first and last times, built as events arrive. */
export class CallAggregate {
  private readonly calls = new Map<string, AggregatedCall>();
  /** Events not grouped because the number of distinct calls reached its limit. */
  overflow = 0;

  constructor(private readonly maxCalls: number) {}

  get size(): number {
    return this.calls.size;
  }

  /** False when the event was a new call past the limit, and so only counted. */
  add(event: CloudTrailEvent): boolean {
    const key = callKey(event);
    const call = this.calls.get(key);
    if (call) {
      call.count += event.count;
      widenSeen(call, event);
      return true;
    }
    if (this.calls.size >= this.maxCalls) {
      this.overflow += event.count;
      return false;
    }
    const added: AggregatedCall = {
      principal: event.principal,
      eventSource: event.eventSource,
      eventName: event.eventName,
      resources: event.resources,
      context: event.context,
      count: event.count,
      ...definedFields({
        errorCode: event.errorCode,
        firstSeen: event.firstSeen,
        lastSeen: event.lastSeen,
        sampleEventId: event.eventId,
      }),
    };
    this.calls.set(key, added);
    return true;
  }

  list(): AggregatedCall[] {
    return [...this.calls.values()];
  }
}
