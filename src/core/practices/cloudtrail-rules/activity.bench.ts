import { bench, describe } from 'vitest';
import { eventFromRecord } from '../../cloudtrail/record.ts';
import type { JsonObject } from '../../cloudtrail/fields.ts';
import type { CloudTrailEvent } from '../../cloudtrail/model.ts';
import { CloudTrailActivityCollector } from './activity.ts';

// `npx vitest bench src/core/practices/cloudtrail-rules/activity.bench.ts --run`: the collector's
// cost per event, apart from reading the logs: 200,000 records already read into events (40 IAM
// users with long-term keys, 12 roles with a new session key every 50 calls, a root call in a
// thousand, a console sign-in in a hundred; 8 services), added to a new collector each run.
const EVENTS = 200_000;
const SOURCES = ['s3', 'ec2', 'iam', 'kms', 'sts', 'lambda', 'dynamodb', 'sqs'];

function identity(n: number): JsonObject {
  if (n % 1000 === 0)
    return {
      type: 'Root',
      principalId: '111122223333',
      arn: 'arn:aws:iam::111122223333:root',
      accountId: '111122223333',
    };
  if (n % 2 === 0)
    return {
      type: 'IAMUser',
      principalId: `AIDA${n % 40}EXAMPLE`,
      arn: `arn:aws:iam::111122223333:user/user-${n % 40}`,
      accountId: '111122223333',
      accessKeyId: `AKIA${String(n % 40).padStart(16, '0')}`,
      userName: `user-${n % 40}`,
    };
  const role = `role-${n % 12}`;
  return {
    type: 'AssumedRole',
    arn: `arn:aws:sts::111122223333:assumed-role/${role}/s-${Math.floor(n / 50)}`,
    accessKeyId: `ASIA${String(Math.floor(n / 50)).padStart(16, '0')}`,
    sessionContext: {
      sessionIssuer: { type: 'Role', arn: `arn:aws:iam::111122223333:role/${role}` },
    },
  };
}

function record(n: number): JsonObject {
  const signIn = n % 100 === 1;
  return {
    eventVersion: '1.08',
    userIdentity: identity(n),
    eventTime: new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString(),
    eventSource: signIn ? 'signin.amazonaws.com' : `${SOURCES[n % SOURCES.length]}.amazonaws.com`,
    eventName: signIn ? 'ConsoleLogin' : 'Call',
    awsRegion: 'us-east-1',
    sourceIPAddress: `192.0.2.${n % 16}`,
    userAgent: 'aws-cli/2.13.0',
    eventID: `e-${n}`,
    ...(signIn
      ? {
          responseElements: { ConsoleLogin: 'Success' },
          additionalEventData: { MFAUsed: n % 3 === 0 ? 'No' : 'Yes' },
        }
      : {}),
  };
}

const read: { event: CloudTrailEvent; record: JsonObject }[] = [];
for (let n = 0; n < EVENTS; n += 1) {
  const item = record(n);
  read.push({ event: eventFromRecord(item), record: item });
}

describe(`CloudTrailActivityCollector over ${EVENTS} events`, () => {
  bench(
    'add every event, then result()',
    () => {
      const collector = new CloudTrailActivityCollector();
      for (const { event, record: item } of read) collector.add(event, item);
      const activity = collector.result();
      if (activity.events !== EVENTS) throw new Error(`${activity.events} events`);
    },
    { iterations: 5, time: 0 },
  );
});
