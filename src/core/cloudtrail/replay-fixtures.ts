import { prepareScenario } from '../engine/evaluate.ts';
import { SCENARIO_FORMAT, type ScenarioPolicy } from '../scenario/model.ts';
import type { JsonObject } from './fields.ts';
import { MappedCallAggregate } from './mapped-calls.ts';
import { eventFacts } from './event-facts.ts';
import { eventFromRecord } from './record.ts';
import { ROLE_SESSION, call, mapper } from './event-test-records.ts';

/*
 * Tests only. Calls of the IAM User Guide's role session (AssumeNothing/devdsk, the DeleteBucket
 * record of event-test-records.ts) changed as "CloudTrail record contents" describes, and the
 * policies they are replayed against.
 */
export const ROLE = 'arn:aws:iam::777788889999:role/AssumeNothing';
export const SESSION = 'arn:aws:sts::777788889999:assumed-role/AssumeNothing/devdsk';

let ids = 0;

/** An S3 object call of the role session: `key` in bucket `reports`, recorded as `errorCode`. */
export function s3Call(eventName: string, key: string, fields: JsonObject = {}): JsonObject {
  ids += 1;
  return call('s3.amazonaws.com', eventName, {
    requestParameters: { bucketName: 'reports', key },
    eventID: `e${String(ids).padStart(7, '0')}-0000-4000-8000-000000000000`,
    ...fields,
  });
}

/** The same role's session named `name`. */
export function otherSession(name: string): JsonObject {
  const identity = ROLE_SESSION.userIdentity as JsonObject;
  return {
    userIdentity: {
      ...identity,
      principalId: `AIDAQRSTUVWXYZEXAMPLE:${name}`,
      arn: `arn:aws:sts::777788889999:assumed-role/AssumeNothing/${name}`,
    },
  };
}

export function policy(id: string, statements: unknown[], attachedTo = [ROLE]): ScenarioPolicy {
  return {
    id,
    type: 'identity',
    attachedTo,
    document: JSON.stringify({ Version: '2012-10-17', Statement: statements }),
  };
}

/** The role may read reports and is denied deleting them. */
export const ROLE_POLICIES = [
  policy('read-reports', [
    { Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' },
  ]),
  policy('no-delete', [
    { Sid: 'NoDelete', Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*' },
  ]),
];

export const prepared = (policies: ScenarioPolicy[] = ROLE_POLICIES) =>
  prepareScenario({ format: SCENARIO_FORMAT, policies, requests: [] });

/** The records read, mapped and aggregated as the command line does. */
export function mappedCalls(records: readonly JsonObject[], aggregate = new MappedCallAggregate()) {
  for (const record of records) {
    const event = eventFromRecord(record);
    aggregate.add(mapper.fromEvent(event, eventFacts(record)), event);
  }
  return aggregate.list();
}
