import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventFromRecord } from './record.ts';

const records = (
  JSON.parse(readFileSync(new URL('./__fixtures__/log-file.json', import.meta.url), 'utf8')) as {
    Records: Record<string, unknown>[];
  }
).Records;
const named = (eventName: string) => records.find((record) => record.eventName === eventName) ?? {};

// CloudTrail User Guide, "CloudTrail record contents for management, data, and network activity
// events": https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
describe('a record as an event: the context that decides conditions', () => {
  it('source IP, region, MFA, the kind of client, the VPC endpoint', () => {
    expect(eventFromRecord(named('ListBuckets')).context).toEqual({
      sourceIp: '192.0.2.11',
      region: 'us-east-1',
      mfaAuthenticated: true,
      userAgentClass: 'sdk',
      vpcEndpointId: 'vpce-1a2b3c4d',
    });
  });

  it('tlsDetails present: the call came over TLS (aws:SecureTransport)', () => {
    expect(eventFromRecord(named('ListUsers')).context).toMatchObject({
      secureTransport: true,
      userAgentClass: 'console',
    });
    expect(eventFromRecord(named('ListBuckets')).context.secureTransport).toBeUndefined();
  });

  it('the outcome: errorCode, absent for a call that succeeded', () => {
    expect(eventFromRecord(named('UpdateTrail')).errorCode).toBe('TrailNotFoundException');
    expect(eventFromRecord(named('StartInstances')).errorCode).toBeUndefined();
  });

  it('the resources[] ARNs, sorted, and the time as first and last seen', () => {
    const event = eventFromRecord(named('PutObject'));
    expect(event.resources).toEqual(['arn:aws:s3:::artifacts', 'arn:aws:s3:::artifacts/build.zip']);
    expect(event).toMatchObject({
      eventTime: '2023-05-01T10:04:00Z',
      firstSeen: '2023-05-01T10:04:00Z',
      lastSeen: '2023-05-01T10:04:00Z',
      count: 1,
      eventId: 'c3000000-0000-4000-8000-000000000013',
    });
  });

  it('session tags only for the STS calls that create a session', () => {
    const notSts = {
      ...named('PutObject'),
      requestParameters: { tags: [{ key: 'a', value: 'b' }] },
    };
    expect(eventFromRecord(notSts).sessionTags).toBeUndefined();
  });
});
