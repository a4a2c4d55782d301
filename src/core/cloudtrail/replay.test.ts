import { describe, expect, it } from 'vitest';
import { call } from './event-test-records.ts';
import { replayCalls, replaying } from './replay.ts';
import {
  ROLE,
  SESSION,
  mappedCalls,
  otherSession,
  policy,
  prepared,
  s3Call,
} from './replay-fixtures.ts';

const replay = (...records: Parameters<typeof mappedCalls>[0]) =>
  replayCalls(prepared(), mappedCalls(records));

describe('replaying CloudTrail calls against the policies', () => {
  it('a GetObject the role succeeded in and its policy allows: allowed, no difference', () => {
    const result = replay(s3Call('GetObject', 'q1.csv'));
    expect(result.calls.map((c) => [c.decision, c.difference])).toEqual([['allowed', undefined]]);
    expect(result.calls[0]!.matchedStatements.map((s) => s.sid)).toEqual(['Read']);
    expect(result.rows).toEqual([
      {
        caller: ROLE,
        action: 's3:GetObject',
        allowed: 1,
        explicitDeny: 0,
        implicitDeny: 0,
        lastSeen: '2016-11-14T17:25:45Z',
      },
    ]);
  });

  it('a PutObject that succeeded and no policy allows would break (implicit deny)', () => {
    const result = replay(s3Call('PutObject', 'q1.csv'));
    expect(result.calls[0]).toMatchObject({
      decision: 'implicitDeny',
      decidingRequest: 0,
      difference: 'would-break',
    });
    expect(result.summary).toMatchObject({ implicitDeny: 1, wouldBreak: 1, allowedButDenied: 0 });
  });

  it('a DeleteObject that succeeded and a statement denies: explicit deny, by that statement', () => {
    const result = replay(s3Call('DeleteObject', 'q1.csv'));
    expect(result.calls[0]).toMatchObject({ decision: 'explicitDeny', difference: 'would-break' });
    expect(result.calls[0]!.matchedStatements.map((s) => [s.policyId, s.sid])).toEqual([
      ['no-delete', 'NoDelete'],
    ]);
    expect(result.rows[0]).toMatchObject({ action: 's3:DeleteObject', explicitDeny: 1 });
  });

  it('an AccessDenied the policies now allow is allowed-but-denied', () => {
    const result = replay(s3Call('GetObject', 'q1.csv', { errorCode: 'AccessDenied' }));
    expect(result.calls[0]).toMatchObject({
      decision: 'allowed',
      difference: 'allowed-but-denied',
    });
    expect(result.summary.allowedButDenied).toBe(1);
  });

  it('an error that is not an access denial is compared with nothing', () => {
    const result = replay(
      s3Call('PutObject', 'missing.csv', { errorCode: 'NoSuchBucket' }),
      s3Call('GetObject', 'missing.csv', { errorCode: 'NoSuchKey' }),
    );
    expect(result.calls.map((c) => [c.decision, c.difference])).toEqual([
      ['implicitDeny', undefined],
      ['allowed', undefined],
    ]);
  });

  it('a call of several requests is denied by its first denied one (CopyObject without PutObject)', () => {
    const result = replay(
      s3Call('CopyObject', 'copy.csv', {
        requestParameters: {
          bucketName: 'reports',
          key: 'copy.csv',
          'x-amz-copy-source': 'reports/q1.csv',
        },
      }),
    );
    const [replayed] = result.calls;
    expect(replayed!.decision).toBe('implicitDeny');
    expect(replayed!.call.requests[replayed!.decidingRequest!]!.action).toBe('s3:PutObject');
    // Each action's row counts the event with that action's own decision.
    expect(result.rows.map((r) => [r.action, r.allowed, r.implicitDeny])).toEqual([
      ['s3:GetObject', 1, 0],
      ['s3:PutObject', 0, 1],
    ]);
  });

  it('a call that needs no permission is allowed whatever the policies say', () => {
    const result = replay(call('sts.amazonaws.com', 'GetCallerIdentity'));
    expect(result.calls[0]).toMatchObject({ decision: 'allowed' });
    expect(result.calls[0]!.difference).toBeUndefined();
    expect(result.summary).toMatchObject({ replayed: 1, allowed: 1 });
  });

  it('counts a call it cannot map as unmapped and decides nothing for it', () => {
    const result = replay(call('s3.amazonaws.com', 'NotAnOperation'), s3Call('GetObject', 'a'));
    expect(result.calls.map((c) => c.decision)).toEqual(['unmapped', 'allowed']);
    expect(result.summary).toMatchObject({ events: 2, replayed: 1, unmapped: 1, allowed: 1 });
    expect(result.rows.map((r) => r.action)).toEqual(['s3:GetObject']);
  });

  it("groups every session's calls under the role, each decided with its own session", () => {
    const result = replay(
      s3Call('GetObject', 'q1.csv'),
      s3Call('GetObject', 'q1.csv', otherSession('nightly')),
    );
    expect(result.calls.map((c) => c.call.principal)).toEqual([
      SESSION,
      'arn:aws:sts::777788889999:assumed-role/AssumeNothing/nightly',
    ]);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]).toMatchObject({ caller: ROLE, allowed: 2 });
  });

  it('weighs each distinct call by its count of events', () => {
    const calls = mappedCalls([
      s3Call('PutObject', 'q1.csv', { eventTime: '2024-01-01T00:00:00Z' }),
      s3Call('PutObject', 'q1.csv', { eventTime: '2024-03-01T00:00:00Z' }),
      s3Call('PutObject', 'q1.csv', { eventTime: '2024-02-01T00:00:00Z' }),
    ]);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      count: 3,
      firstSeen: '2024-01-01T00:00:00Z',
      lastSeen: '2024-03-01T00:00:00Z',
    });
    const result = replayCalls(prepared(), calls);
    expect(result.summary).toMatchObject({ events: 3, implicitDeny: 3, wouldBreak: 3 });
    expect(result.rows[0]).toMatchObject({ implicitDeny: 3, lastSeen: '2024-03-01T00:00:00Z' });
  });

  it('decides each call at its last time, since the request has no aws:CurrentTime of its own', () => {
    const until2024 = policy('until-2024', [
      {
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: '*',
        Condition: { DateLessThan: { 'aws:CurrentTime': '2024-01-01T00:00:00Z' } },
      },
    ]);
    const calls = mappedCalls([
      s3Call('GetObject', 'old.csv', { eventTime: '2023-06-01T00:00:00Z' }),
      s3Call('GetObject', 'new.csv', { eventTime: '2024-06-01T00:00:00Z' }),
    ]);
    const result = replayCalls(prepared([until2024]), calls);
    expect(result.calls.map((c) => c.decision)).toEqual(['allowed', 'implicitDeny']);
  });

  it('reports its progress and stops when its signal aborts', () => {
    const calls = mappedCalls(
      Array.from({ length: 1200 }, (_, n) => s3Call('GetObject', `k${n}.csv`)),
    );
    const progress: number[] = [];
    replayCalls(prepared(), calls, { onProgress: (done) => progress.push(done) });
    expect(progress).toEqual([500, 1000]);
    const controller = new AbortController();
    const stopping = () =>
      replayCalls(prepared(), calls, {
        signal: controller.signal,
        onProgress: () => controller.abort(new Error('stopped')),
      });
    expect(stopping).toThrow('stopped');
    const run = replaying(prepared(), calls);
    expect(run.next().value).toEqual({ done: 500, total: 1200 });
  });
});
