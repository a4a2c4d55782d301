import { isObject, objectAt, stringAt, type JsonObject } from './fields.ts';

/** What one JSON value of the input turned out to be. */
export type ClassifiedItem =
  | { kind: 'record'; record: JsonObject; wrapper: RecordWrapper }
  | { kind: 'refused'; reason: string }
  | { kind: 'malformed'; reason: string };

/** How the record was carried: as itself, in a lookup-events Event, an EventBridge event or a log message. */
export type RecordWrapper = 'none' | 'lookup-event' | 'eventbridge' | 'log-message';

const REQUIRED = ['eventSource', 'eventName'] as const;

/*
 * A CloudTrail record has eventVersion, userIdentity, eventTime, eventSource and eventName, none
 * optional ("CloudTrail record contents", https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html);
 * log shippers may drop some and add fields of their own, so eventSource and eventName plus one of
 * the others suffice. Its eventVersion is 1.x: AWS advises comparing the major version for equality.
 */
function recordProblem(value: JsonObject): string | undefined {
  const missing = REQUIRED.filter((key) => stringAt(value, key) === undefined);
  const anchored =
    value.eventVersion !== undefined ||
    value.userIdentity !== undefined ||
    value.eventTime !== undefined;
  if (missing.length > 0 || !anchored) {
    const absent = [...missing, ...(anchored ? [] : ['eventVersion', 'userIdentity', 'eventTime'])];
    return `JSON that is not a CloudTrail record: it has no ${absent.join(', ')}`;
  }
  const version = value.eventVersion;
  if (typeof version === 'string' && !version.startsWith('1.'))
    return `eventVersion ${version} is not a CloudTrail record's (1.x)`;
  return undefined;
}

/*
 * Amazon S3 event notifications also come as {"Records": [...]}, each with eventSource "aws:s3" and
 * an s3 element ("Event message structure", https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html);
 * a new notification configuration first sends {"Service": "Amazon S3", "Event": "s3:TestEvent"}.
 */
function notCloudTrail(value: JsonObject): string | undefined {
  if (stringAt(value, 'eventSource') === 'aws:s3' && isObject(value.s3))
    return 'an Amazon S3 event notification (eventSource aws:s3 with an s3 element), not a CloudTrail record';
  if (stringAt(value, 'Service') === 'Amazon S3' && stringAt(value, 'Event') === 's3:TestEvent')
    return 'an Amazon S3 test event notification, not a CloudTrail record';
  // CloudTrail log file integrity validation writes digest files beside the logs; they list files, not events.
  if (value.digestStartTime !== undefined && Array.isArray(value.logFiles))
    return 'a CloudTrail digest file, which lists log files and holds no events';
  return undefined;
}

function parsed(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function asRecord(value: unknown, wrapper: RecordWrapper): ClassifiedItem {
  if (!isObject(value))
    return { kind: 'refused', reason: `a JSON ${typeName(value)}, not a record` };
  const problem = notCloudTrail(value) ?? recordProblem(value);
  return problem
    ? { kind: 'refused', reason: problem }
    : { kind: 'record', record: value, wrapper };
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

/**
 * `aws cloudtrail lookup-events` gives each event with the record as a JSON string in
 * CloudTrailEvent (CloudTrail API Reference, "Event",
 * https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_Event.html), one page after
 * another with NextToken (API_LookupEvents.html).
 */
function lookupEvent(value: JsonObject): ClassifiedItem {
  const text = value.CloudTrailEvent;
  if (typeof text !== 'string')
    return {
      kind: 'malformed',
      reason: 'a lookup-events Event whose CloudTrailEvent is not a string',
    };
  const inner = parsed(text);
  if ('error' in inner)
    return {
      kind: 'malformed',
      reason: `a lookup-events Event whose CloudTrailEvent is not JSON: ${inner.error}`,
    };
  return asRecord(inner.value, 'lookup-event');
}

/*
 * EventBridge delivers CloudTrail records under `detail`, with a detail-type that ends in "via
 * CloudTrail" ("AWS service events delivered via AWS CloudTrail",
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-event-cloudtrail.html).
 */
function eventBridgeEvent(value: JsonObject, detailType: string): ClassifiedItem {
  if (!detailType.endsWith(' via CloudTrail'))
    return {
      kind: 'refused',
      reason: `an EventBridge event of detail-type "${detailType}", which carries no CloudTrail record`,
    };
  return asRecord(objectAt(value, 'detail'), 'eventbridge');
}

/** CloudWatch Logs (and shippers reading it) keep each record as the JSON text of `message`. */
function logMessage(value: JsonObject): ClassifiedItem | undefined {
  const message = stringAt(value, 'message');
  if (message === undefined || !message.trimStart().startsWith('{')) return undefined;
  const inner = parsed(message);
  if ('error' in inner) return undefined;
  const classified = asRecord(inner.value, 'log-message');
  return classified.kind === 'record' ? classified : undefined;
}

/** Decides what one JSON value of the input is, and finds the CloudTrail record it holds. */
export function classifyItem(value: unknown): ClassifiedItem {
  if (!isObject(value)) return asRecord(value, 'none');
  if ('CloudTrailEvent' in value) return lookupEvent(value);
  const detailType = stringAt(value, 'detail-type');
  if (detailType !== undefined && 'detail' in value) return eventBridgeEvent(value, detailType);
  const direct = asRecord(value, 'none');
  if (direct.kind === 'record' || notCloudTrail(value)) return direct;
  return logMessage(value) ?? direct;
}
