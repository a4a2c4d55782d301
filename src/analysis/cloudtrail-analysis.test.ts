import { afterEach, describe, expect, it, vi } from 'vitest';
import { noIssues } from '../core/index.ts';
import { createStudioStore } from '../store/store.ts';
import type { RunOptions } from './analysis-client.ts';
import { createCloudTrailAnalysis, REPLAY_PAUSE_MS } from './cloudtrail-analysis.ts';
import type { CloudTrailReadOutput } from './cloudtrail-jobs.ts';
import type { ReplayView } from './cloudtrail-replay.ts';
import type { JobInput, JobKind, JobOutput } from './protocol.ts';

const READ: CloudTrailReadOutput = {
  read: 1,
  summary: {
    summary: {
      bytes: 10,
      events: 1,
      duplicates: 0,
      issues: noIssues(),
    },
    cancelled: false,
    issues: [],
    sources: [],
    distinctCalls: 1,
    overflow: 0,
    mappedEvents: 1,
    unmappedEvents: 0,
    unmapped: [],
    callers: [],
    durationMs: 1,
  },
};

const view = (run: number): ReplayView => ({
  run,
  summary: {
    events: 1,
    replayed: 1,
    unmapped: 0,
    allowed: 1,
    explicitDeny: 0,
    implicitDeny: 0,
    wouldBreak: 0,
    allowedButDenied: 0,
  },
  rows: [],
  differing: [],
  differingCalls: 0,
  decided: [],
  durationMs: 1,
});

/** A client that answers a read with READ and each replay with a view numbered in order. */
function answeringClient() {
  const runs: { kind: JobKind; input: unknown }[] = [];
  const client = {
    run: <K extends JobKind>(kind: K, input: JobInput<K>, options?: RunOptions<K>) => {
      runs.push({ kind, input });
      if (options?.signal?.aborted) return Promise.resolve(undefined);
      const replays = runs.filter((run) => run.kind === 'cloudTrailReplay').length;
      const output = kind === 'cloudTrailRead' ? READ : view(replays);
      return Promise.resolve(output as JobOutput<K>);
    },
  };
  const replays = () => runs.filter((run) => run.kind === 'cloudTrailReplay');
  return { client, replays };
}

afterEach(() => vi.useRealTimers());

describe('the CloudTrail runner', () => {
  it('replays the logs read at once, then again once edits of the policies pause', async () => {
    vi.useFakeTimers();
    const store = createStudioStore();
    const { client, replays } = answeringClient();
    const cloudTrail = createCloudTrailAnalysis(store, client);
    cloudTrail.read([{ name: 'log.json', blob: new Blob(['{}']) }]);
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().cloudTrailLogs).toEqual(READ);
    expect(replays()).toHaveLength(1);
    expect(store.getState().cloudTrailReplay).toMatchObject({ status: 'done', view: view(1) });

    const { addPolicy } = store.getState().actions;
    addPolicy('identity', '{"Version":"2012-10-17","Statement":[]}');
    await vi.advanceTimersByTimeAsync(REPLAY_PAUSE_MS / 2);
    addPolicy('identity', '{"Version":"2012-10-17","Statement":[]}');
    await vi.advanceTimersByTimeAsync(REPLAY_PAUSE_MS / 2);
    expect(replays()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(REPLAY_PAUSE_MS);
    expect(replays()).toHaveLength(2);
    expect(replays()[1]?.input).toMatchObject({ read: 1, policies: store.getState().policies });
    expect(store.getState().cloudTrailReplay?.view).toEqual(view(2));
    cloudTrail.stop();
  });

  it('keeps the logs read before when a reading is cancelled', async () => {
    vi.useFakeTimers();
    const store = createStudioStore();
    const { client } = answeringClient();
    const cloudTrail = createCloudTrailAnalysis(store, client);
    cloudTrail.read([{ name: 'log.json', blob: new Blob(['{}']) }]);
    await vi.advanceTimersByTimeAsync(0);
    cloudTrail.read([{ name: 'other.json', blob: new Blob(['{}']) }]);
    cloudTrail.cancelRead();
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().cloudTrailReading).toEqual({ status: 'cancelled' });
    expect(store.getState().cloudTrailLogs).toEqual(READ);
    cloudTrail.stop();
  });
});
