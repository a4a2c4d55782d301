import { newBundledCatalog } from '../catalog/bundled.ts';
import { eventFacts } from './event-facts.ts';
import { EventRequestMapper } from './event-requests.ts';
import type { JsonObject } from './fields.ts';
import { eventFromRecord } from './record.ts';
import logFile from './__fixtures__/log-file.json';

/*
 * Tests only. Records: the fixtures written from AWS's documented examples (__fixtures__/README.md),
 * and calls of other services made from the IAM User Guide's DeleteBucket record by changing the
 * fields "CloudTrail record contents" describes
 * (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html).
 * Context keys as "AWS global condition context keys" defines them
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html).
 */
/** The log file as CloudTrail delivers it, for a reader that takes files. */
export const LOG_FILE_TEXT = JSON.stringify(logFile);
export const records = (logFile as { Records: JsonObject[] }).Records;
export const named = (eventName: string): JsonObject =>
  records.find((record) => record.eventName === eventName)!;
export const ROLE_SESSION = named('DeleteBucket');

export function call(eventSource: string, eventName: string, fields: JsonObject = {}): JsonObject {
  return { ...ROLE_SESSION, eventSource, eventName, requestParameters: null, ...fields };
}

export const mapper = await EventRequestMapper.load(newBundledCatalog(), [
  ...records.map((r) => String(r.eventSource)),
  ...['lambda', 'dynamodb', 'sqs', 'sns', 'iam', 'ec2', 'cloudformation'].map(
    (name) => `${name}.amazonaws.com`,
  ),
]);

export const requestsOf = (record: JsonObject) =>
  mapper.fromEvent(eventFromRecord(record), eventFacts(record));
export const contextOf = (record: JsonObject) => requestsOf(record).context;
