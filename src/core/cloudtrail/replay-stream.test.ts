import { describe, expect, it } from 'vitest';
import { eventFacts } from './event-facts.ts';
import { mapper } from './event-test-records.ts';
import { eventFromRecord } from './record.ts';
import { replayCalls } from './replay.ts';
import { ROLE_POLICIES, mappedCalls, policy, prepared, s3Call } from './replay-fixtures.ts';
import { ReplayStream } from './replay-stream.ts';

// The role session's calls of the core's replay tests: the role may read reports only.
const records = [
  s3Call('PutObject', 'a.csv', { eventTime: '2024-01-01T00:00:00Z' }),
  s3Call('NotAnOperation', 'c.csv'),
  s3Call('GetObject', 'a.csv'),
  s3Call('GetObject', 'b.csv', { errorCode: 'AccessDenied' }),
  s3Call('PutObject', 'a.csv', { eventTime: '2024-01-05T00:00:00Z' }),
  s3Call('NotAnOperation', 'd.csv', { eventTime: '2024-01-06T00:00:00Z' }),
];

// The same, and reads stop at the end of 2024-01-02: a PutObject is decided at its last time.
const TIMED = [
  ...ROLE_POLICIES,
  policy('until-2024-01-02', [
    {
      Effect: 'Deny',
      Action: 's3:GetObject',
      Resource: '*',
      Condition: { DateGreaterThan: { 'aws:CurrentTime': '2024-01-03T00:00:00Z' } },
    },
  ]),
];

// One call read before and after that end, and another call between them.
const timedRecords = [
  s3Call('GetObject', 'a.csv', { eventTime: '2024-01-01T00:00:00Z' }),
  s3Call('GetObject', 'b.csv', { eventTime: '2024-01-02T00:00:00Z' }),
  s3Call('GetObject', 'a.csv', { eventTime: '2024-01-05T00:00:00Z' }),
];

function replayedInPortions(portion: number, policies = ROLE_POLICIES, given = records) {
  const run = new ReplayStream(prepared(policies), portion);
  for (const record of given) {
    const event = eventFromRecord(record);
    run.add(mapper.fromEvent(event, eventFacts(record)), event);
  }
  return run.finish();
}

describe('replaying a portion of the calls at a time', () => {
  it('counts as replaying them all at once when a policy reads the time', () => {
    const whole = replayCalls(prepared(TIMED), mappedCalls(timedRecords));
    const report = replayedInPortions(3, TIMED, timedRecords);
    // Both reads of a.csv are decided at the last one's time.
    expect(report.summary).toMatchObject({ allowed: 1, explicitDeny: 2, wouldBreak: 2 });
    expect(report.summary).toEqual(whole.summary);
    expect(report.rows).toEqual(whole.rows);
    expect(report.differences.map((d) => [d.call.eventName, d.difference, d.call.count])).toEqual(
      whole.calls
        .filter((call) => call.difference !== undefined)
        .map((d) => [d.call.eventName, d.difference, d.call.count]),
    );
  });

  it('counts as replaying them all at once, each difference and unmapped call once', () => {
    const whole = replayCalls(prepared(), mappedCalls(records));
    const report = replayedInPortions(2);
    expect(report.summary).toEqual(whole.summary);
    expect(report.rows).toEqual(whole.rows);
    // The PutObject of a.csv and the unmapped call were in the first portion and again in the third.
    expect(report.differences.map((d) => [d.call.eventName, d.difference, d.call.count])).toEqual([
      ['PutObject', 'would-break', 2],
      ['GetObject', 'allowed-but-denied', 1],
    ]);
    expect(report.differences[0]!.call).toMatchObject({
      firstSeen: '2024-01-01T00:00:00Z',
      lastSeen: '2024-01-05T00:00:00Z',
    });
    expect(report.unmapped).toEqual([
      {
        eventSource: 's3.amazonaws.com',
        eventName: 'NotAnOperation',
        count: 2,
        reason: expect.stringContaining('NotAnOperation'),
      },
    ]);
  });
});
