import { newBundledCatalog } from '../catalog/bundled.ts';
import { lintCatalogOf } from '../lint/catalog-adapter.ts';
import { call, records } from './event-test-records.ts';
import type { JsonObject } from './fields.ts';
import { generatePolicy } from './generate.ts';
import type { ResourceScope } from './generate-model.ts';
import { mappedCalls } from './replay-fixtures.ts';

/*
 * Tests only. The service reference loaded for the services the documented records and the calls
 * below name, and calls of the IAM User Guide's role session (AssumeNothing/devdsk, see
 * event-test-records.ts) changed as "CloudTrail record contents" describes
 * (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html).
 */
export const catalog = newBundledCatalog();
await Promise.all(
  ['s3', 'ec2', 'iam', 'sts', 'lambda', 'kms', 'cloudtrail', 'sso', 'cloudformation'].map((p) =>
    catalog.load(p),
  ),
);
export const lintCatalog = lintCatalogOf(catalog);

export const ROLE = 'arn:aws:iam::777788889999:role/AssumeNothing';
export const FUNCTION_ROLE = 'arn:aws:iam::777788889999:role/app-exec';

let ids = 0;
/** The role session's call, with an eventID of its own so that each record counts. */
export function roleCall(eventSource: string, eventName: string, fields: JsonObject = {}) {
  ids += 1;
  return call(eventSource, eventName, {
    eventID: `g${String(ids).padStart(7, '0')}-0000-4000-8000-000000000000`,
    ...fields,
  });
}

export const s3 = (eventName: string, requestParameters: JsonObject, fields: JsonObject = {}) =>
  roleCall('s3.amazonaws.com', eventName, { requestParameters, ...fields });

/** The calls of the log file written from the CloudTrail and IAM User Guides' examples. */
export const fixtureCalls = () => mappedCalls(records);

export const generate = (
  recordsOf: readonly JsonObject[],
  resources: ResourceScope = 'exact',
  caller = ROLE,
) => {
  const calls = mappedCalls(recordsOf);
  return { calls, generated: generatePolicy(calls, caller, catalog, { resources }) };
};

/** The generated document's statements as written. */
export const statementsOf = (document: string) =>
  (JSON.parse(document) as { Statement: Record<string, unknown>[] }).Statement;
