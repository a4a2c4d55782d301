import { servicePrefixOf } from '../../cloudtrail/event-map.ts';
import { objectAt, stringAt, type JsonObject } from '../../cloudtrail/fields.ts';
import { callerOf } from '../../cloudtrail/mapped-calls.ts';
import type { CallerPrincipal, CloudTrailEvent } from '../../cloudtrail/model.ts';
import { ROOT_USER_NAME } from '../report-columns.ts';
import type {
  AccessKeyUse,
  ActivityCaller,
  CloudTrailActivity,
  ConsoleSignIn,
  RootCall,
  Seen,
} from './activity-model.ts';

/** Source IPs listed at most per entry: enough to recognise, bounded for a long import. */
export const MAX_LISTED = 5;
const SEPARATOR = '\u0001';

function callerOfEvent(principal: CallerPrincipal): ActivityCaller {
  const caller = callerOf(principal);
  const name =
    principal.type === 'Root'
      ? ROOT_USER_NAME
      : (principal.userName ?? principal.roleArn?.split('/').pop() ?? caller);
  return { caller, callerType: principal.type, name };
}

function seen(event: CloudTrailEvent): Seen {
  const first = event.firstSeen ?? event.eventTime;
  const last = event.lastSeen ?? event.eventTime;
  return {
    count: event.count,
    ...(first === undefined ? {} : { firstSeen: first }),
    ...(last === undefined ? {} : { lastSeen: last }),
    ...(event.eventId === undefined ? {} : { sampleEventId: event.eventId }),
  };
}

/** Adds an event's count and times to what was seen before. */
function addSeen(into: Seen, event: CloudTrailEvent): void {
  into.count += event.count;
  const first = event.firstSeen ?? event.eventTime;
  const last = event.lastSeen ?? event.eventTime;
  if (first !== undefined && (into.firstSeen === undefined || first < into.firstSeen))
    into.firstSeen = first;
  if (last !== undefined && (into.lastSeen === undefined || last > into.lastSeen))
    into.lastSeen = last;
  if (into.sampleEventId === undefined && event.eventId !== undefined)
    into.sampleEventId = event.eventId;
}

function addOnce(list: string[], value: string | undefined, max = Infinity): void {
  if (value !== undefined && !list.includes(value) && list.length < max) list.push(value);
}

/** Gets the entry of `key`, made by `make` (with the event's count and times) the first time. */
function entry<T extends Seen>(
  map: Map<string, T>,
  key: string,
  event: CloudTrailEvent,
  make: () => Omit<T, keyof Seen>,
): T {
  const found = map.get(key);
  if (found) {
    addSeen(found, event);
    return found;
  }
  const made = { ...make(), ...seen(event) } as T;
  map.set(key, made);
  return made;
}

/**
 * The CloudTrail activity the best practices read, gathered from each event as it is read: give
 * `add` to CloudTrailImport's onEvent, which passes each event once with its record.
 *
 * - Root calls: userIdentity.type Root, no invokedBy and an eventType other than AwsServiceEvent,
 *   as CIS's root-usage metric filter counts them.
 * - Console sign-ins: signin.amazonaws.com's ConsoleLogin, with additionalEventData.MFAUsed and
 *   responseElements.ConsoleLogin (CloudTrail User Guide, "AWS Management Console sign-in events").
 * - Access keys: userIdentity.accessKeyId of IAM users and the root user.
 *
 * Access Advisor's view (services granted and their last use) is compareWithCurrent's, from the
 * calls the CloudTrail view reads and the policies they are replayed against.
 */
export class CloudTrailActivityCollector {
  private events = 0;
  private eventsWithoutRecord = 0;
  private readonly rootCalls = new Map<string, RootCall>();
  private readonly signIns = new Map<string, ConsoleSignIn>();
  private readonly keys = new Map<string, AccessKeyUse>();

  add(event: CloudTrailEvent, record?: JsonObject): void {
    this.events += event.count;
    if (record === undefined) this.eventsWithoutRecord += event.count;
    const caller = callerOfEvent(event.principal);
    const service = servicePrefixOf(event.eventSource) ?? event.eventSource;
    if (this.isRootCall(event, record)) this.addRootCall(event, record, caller);
    if (record === undefined) return;
    if (event.eventSource === 'signin.amazonaws.com' && event.eventName === 'ConsoleLogin')
      this.addSignIn(event, record, caller);
    this.addAccessKey(event, record, caller, service);
  }

  result(): CloudTrailActivity {
    return {
      events: this.events,
      eventsWithoutRecord: this.eventsWithoutRecord,
      rootCalls: [...this.rootCalls.values()],
      consoleSignIns: [...this.signIns.values()],
      accessKeys: [...this.keys.values()],
    };
  }

  private isRootCall(event: CloudTrailEvent, record: JsonObject | undefined): boolean {
    return (
      event.principal.type === 'Root' &&
      event.principal.invokedBy === undefined &&
      stringAt(record, 'eventType') !== 'AwsServiceEvent'
    );
  }

  private addRootCall(
    event: CloudTrailEvent,
    record: JsonObject | undefined,
    caller: ActivityCaller,
  ): void {
    const call = entry(
      this.rootCalls,
      [caller.caller, event.eventSource, event.eventName].join(SEPARATOR),
      event,
      () => ({
        ...caller,
        eventSource: event.eventSource,
        eventName: event.eventName,
        errorCodes: [],
        sourceIps: [],
        accessKeyIds: [],
      }),
    );
    addOnce(call.errorCodes, event.errorCode);
    addOnce(call.sourceIps, event.context.sourceIp, MAX_LISTED);
    addOnce(call.accessKeyIds, stringAt(objectAt(record, 'userIdentity'), 'accessKeyId'));
  }

  private addSignIn(event: CloudTrailEvent, record: JsonObject, caller: ActivityCaller): void {
    const mfaUsed = stringAt(objectAt(record, 'additionalEventData'), 'MFAUsed');
    const outcome = stringAt(objectAt(record, 'responseElements'), 'ConsoleLogin');
    const key = [caller.caller, caller.callerType, mfaUsed ?? '', outcome ?? ''].join(SEPARATOR);
    const signIn = entry(this.signIns, key, event, () => ({
      ...caller,
      ...(mfaUsed === undefined ? {} : { mfaUsed }),
      ...(outcome === undefined ? {} : { outcome }),
      sourceIps: [],
    }));
    addOnce(signIn.sourceIps, event.context.sourceIp, MAX_LISTED);
  }

  private addAccessKey(
    event: CloudTrailEvent,
    record: JsonObject,
    caller: ActivityCaller,
    service: string,
  ): void {
    if (caller.callerType !== 'IAMUser' && caller.callerType !== 'Root') return;
    const accessKeyId = stringAt(objectAt(record, 'userIdentity'), 'accessKeyId');
    if (accessKeyId === undefined) return;
    const key = entry(this.keys, `${caller.caller}${SEPARATOR}${accessKeyId}`, event, () => ({
      ...caller,
      accessKeyId,
      longTerm: accessKeyId.startsWith('AKIA'),
      services: [],
    }));
    addOnce(key.services, service);
  }
}
