import { describe, expect, it } from 'vitest';
import { call } from './event-test-records.ts';
import { MappedCallAggregate } from './mapped-calls.ts';
import { ROLE, SESSION, mappedCalls, otherSession, s3Call } from './replay-fixtures.ts';

describe('distinct mapped calls', () => {
  it('keeps one call per caller, operation, outcome and requests, with its count and times', () => {
    const calls = mappedCalls([
      s3Call('GetObject', 'q1.csv', { eventTime: '2024-01-02T00:00:00Z' }),
      s3Call('GetObject', 'q1.csv', { eventTime: '2024-01-01T00:00:00Z' }),
      s3Call('GetObject', 'q2.csv'),
      s3Call('GetObject', 'q1.csv', { errorCode: 'AccessDenied' }),
    ]);
    expect(calls.map((c) => [c.resources, c.recorded, c.count])).toEqual([
      [['arn:aws:s3:::reports/q1.csv'], 'success', 2],
      [['arn:aws:s3:::reports/q2.csv'], 'success', 1],
      [['arn:aws:s3:::reports/q1.csv'], 'AccessDenied', 1],
    ]);
    expect(calls[0]).toMatchObject({
      caller: ROLE,
      callerType: 'AssumedRole',
      principal: SESSION,
      actions: ['s3:GetObject'],
      firstSeen: '2024-01-01T00:00:00Z',
      lastSeen: '2024-01-02T00:00:00Z',
      sampleEventId: expect.stringMatching(/^e\d+-/),
    });
  });

  it('leaves the time out of the context and of each request, so calls at other times are one', () => {
    const [mapped] = mappedCalls([
      s3Call('GetObject', 'q1.csv', { eventTime: '2024-01-01T00:00:00Z' }),
      s3Call('GetObject', 'q1.csv', { eventTime: '2024-06-01T00:00:00Z' }),
    ]);
    expect(mapped!.count).toBe(2);
    for (const context of [mapped!.context, ...mapped!.requests.map((r) => r.context)]) {
      expect(context).not.toHaveProperty(['aws:CurrentTime']);
      expect(context).not.toHaveProperty(['aws:EpochTime']);
      expect(context['aws:SourceIp']).toBe('192.0.2.1');
    }
  });

  it("keeps each session's calls apart (its own principal and aws:userid) under the role", () => {
    const calls = mappedCalls([
      s3Call('GetObject', 'q1.csv'),
      s3Call('GetObject', 'q1.csv', otherSession('nightly')),
    ]);
    expect(calls.map((c) => [c.caller, c.context['aws:userid']])).toEqual([
      [ROLE, 'AIDAQRSTUVWXYZEXAMPLE:devdsk'],
      [ROLE, 'AIDAQRSTUVWXYZEXAMPLE:nightly'],
    ]);
  });

  it('keeps an unmapped call with its reason and the resources the record names', () => {
    const [unmapped] = mappedCalls([
      call('s3.amazonaws.com', 'NotAnOperation', {
        resources: [{ type: 'AWS::S3::Bucket', ARN: 'arn:aws:s3:::reports' }],
      }),
    ]);
    expect(unmapped).toMatchObject({
      unmapped: expect.stringContaining('NotAnOperation'),
      resources: ['arn:aws:s3:::reports'],
      requests: [],
    });
  });

  it('counts the events of calls past its limit instead of keeping them', () => {
    const aggregate = new MappedCallAggregate(2);
    mappedCalls(
      [s3Call('GetObject', 'a'), s3Call('GetObject', 'b'), s3Call('GetObject', 'c')],
      aggregate,
    );
    mappedCalls([s3Call('GetObject', 'a'), s3Call('GetObject', 'd')], aggregate);
    expect(aggregate.size).toBe(2);
    expect(aggregate.overflow).toBe(2);
    expect(aggregate.list().map((c) => c.count)).toEqual([2, 1]);
  });
});
