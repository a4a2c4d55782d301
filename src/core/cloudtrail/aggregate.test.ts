import { describe, expect, it } from 'vitest';
import { CallAggregate } from './aggregate.ts';
import { EventIdSet } from './event-ids.ts';
import type { CloudTrailEvent } from './model.ts';
import { userAgentClass } from './user-agent.ts';

const event = (overrides: Partial<CloudTrailEvent>): CloudTrailEvent => ({
  eventSource: 's3.amazonaws.com',
  eventName: 'GetObject',
  principal: {
    type: 'AssumedRole',
    principal: 'arn:aws:sts::111122223333:assumed-role/reader/session-1',
    roleArn: 'arn:aws:iam::111122223333:role/reader',
  },
  resources: ['arn:aws:s3:::bucket/key'],
  context: { userAgentClass: 'sdk', sourceIp: '192.0.2.1', region: 'us-east-1' },
  count: 1,
  ...overrides,
});

describe('aggregating calls', () => {
  it('counts one call with first and last seen, whatever the order of times', () => {
    const calls = new CallAggregate(10);
    calls.add(event({ firstSeen: '2024-01-02T00:00:00Z', lastSeen: '2024-01-02T00:00:00Z' }));
    calls.add(event({ firstSeen: '2024-01-01T00:00:00Z', lastSeen: '2024-01-01T00:00:00Z' }));
    calls.add(
      event({ count: 5, firstSeen: '2024-01-03T00:00:00Z', lastSeen: '2024-01-04T00:00:00Z' }),
    );
    expect(calls.list()).toEqual([
      expect.objectContaining({
        count: 7,
        firstSeen: '2024-01-01T00:00:00Z',
        lastSeen: '2024-01-04T00:00:00Z',
      }),
    ]);
  });

  it("groups a role's sessions under the role, and keeps calls apart by resource, outcome and context", () => {
    const calls = new CallAggregate(10);
    calls.add(event({}));
    const otherSession = event({});
    otherSession.principal = {
      ...otherSession.principal,
      principal: 'arn:aws:sts::111122223333:assumed-role/reader/session-2',
    };
    calls.add(otherSession);
    calls.add(event({ resources: ['arn:aws:s3:::bucket/other'] }));
    calls.add(event({ errorCode: 'AccessDenied' }));
    calls.add(
      event({ context: { userAgentClass: 'sdk', sourceIp: '192.0.2.9', region: 'us-east-1' } }),
    );
    calls.add(
      event({ context: { userAgentClass: 'console', sourceIp: '192.0.2.1', region: 'us-east-1' } }),
    );
    expect(calls.list().map((call) => call.count)).toEqual([2, 1, 1, 1, 1]);
  });

  it('counts, rather than keeps, calls past the limit', () => {
    const calls = new CallAggregate(1);
    expect(calls.add(event({}))).toBe(true);
    expect(calls.add(event({ eventName: 'PutObject', count: 3 }))).toBe(false);
    expect(calls.size).toBe(1);
    expect(calls.overflow).toBe(3);
  });
});

describe('event IDs seen', () => {
  it('says whether an ID is new, across the table growing', () => {
    const ids = new EventIdSet();
    for (let i = 0; i < 50_000; i += 1) expect(ids.add(`id-${i}`)).toBe(true);
    for (let i = 0; i < 50_000; i += 7) expect(ids.add(`id-${i}`)).toBe(false);
    expect(ids.size).toBe(50_000);
    expect(ids.bytes).toBeLessThanOrEqual(50_000 * 4 * 8);
  });
});

// CloudTrail User Guide, record contents, userAgent.
describe('user agent classes', () => {
  it.each([
    ['AWSConsole', 'console'],
    ['signin.amazonaws.com', 'console'],
    ['aws-cli/2.13.0 Python/3.11.4', 'cli'],
    ['[aws-cli/1.11.10 Python/2.7.8 botocore/1.4.67]', 'cli'],
    ['aws-sdk-java/1.12.0', 'sdk'],
    ['Boto3/1.28.0 Python/3.11', 'sdk'],
    ['lambda.amazonaws.com', 'aws-service'],
    ['AWS Internal', 'aws-service'],
    ['Mozilla/5.0', 'other'],
    [undefined, 'none'],
  ] as const)('%s is %s', (agent, expected) => {
    expect(userAgentClass(agent)).toBe(expected);
  });
});
