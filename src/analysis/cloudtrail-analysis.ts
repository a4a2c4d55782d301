import type { StoreApi } from 'zustand';
import type { ResourceScope } from '../core/index.ts';
import type { StudioState } from '../store/store.ts';
import type { AnalysisClient } from './analysis-client.ts';
import type { CloudTrailInputFile } from './cloudtrail-import.ts';

type Store = StoreApi<StudioState>;
type Client = Pick<AnalysisClient, 'run'>;

/**
 * How long edits must pause before the calls are replayed again: the replay of a large log takes
 * a while, and typing would otherwise keep the worker replaying texts already replaced.
 */
export const REPLAY_PAUSE_MS = 300;

/**
 * Runs the CloudTrail jobs in the analysis worker and writes their state in the store: reading
 * dropped files (progress, Cancel), replaying the calls read against the workspace (again after
 * each edit of its policies or account, once edits pause), and generating least privilege.
 */
export function createCloudTrailAnalysis(
  store: Store,
  client: Client,
  { pauseMs = REPLAY_PAUSE_MS } = {},
) {
  let reading: AbortController | undefined;
  let replayTimer: ReturnType<typeof setTimeout> | undefined;
  let unfollow: (() => void) | undefined;
  let generating: AbortController | undefined;
  const actions = () => store.getState().actions;
  const readNumber = () => store.getState().cloudTrailLogs?.read;

  function replay(): void {
    clearTimeout(replayTimer);
    const state = store.getState();
    const read = readNumber();
    if (read === undefined) return;
    const { policies, account } = state;
    const shown = () => store.getState().cloudTrailReplay;
    const update = (change: Partial<NonNullable<StudioState['cloudTrailReplay']>>) => {
      const current = shown();
      actions().setCloudTrailReplay({ ...(current ?? { status: 'running' }), ...change });
    };
    // The replay shown stays until this one is done.
    const before = shown();
    actions().setCloudTrailReplay({
      ...(before?.view && { view: before.view }),
      ...(before?.policies && { policies: before.policies }),
      status: 'running',
    });
    client
      .run(
        'cloudTrailReplay',
        { read, policies, ...(account && { account }) },
        { lane: 'cloudtrail-replay', onProgress: (progress) => update({ progress }) },
      )
      .then(
        (view) => {
          // Replaced by a newer replay (it writes its own state), or by a newer reading.
          if (!view || readNumber() !== read) return;
          actions().setCloudTrailReplay({ view, policies, status: 'done' });
        },
        (error: Error) => update({ status: 'failed', error: error.message }),
      );
  }

  /** Replays again once edits of the workspace's policies or account pause. */
  function follow(): void {
    unfollow ??= store.subscribe((state, previous) => {
      if (state.policies === previous.policies && state.account === previous.account) return;
      clearTimeout(replayTimer);
      replayTimer = setTimeout(replay, pauseMs);
    });
  }

  return {
    /** Reads the files (cancelling a reading under way), then replays what was read. */
    read(files: CloudTrailInputFile[]): void {
      reading?.abort();
      const controller = new AbortController();
      reading = controller;
      const set = actions().setCloudTrailReading;
      set({ status: 'running' });
      client
        .run('cloudTrailRead', files, {
          signal: controller.signal,
          onProgress: (progress) => {
            if (reading === controller) set({ status: 'running', progress });
          },
        })
        .then(
          (output) => {
            if (reading !== controller) return;
            reading = undefined;
            if (!output) {
              set({ status: 'cancelled' });
              return;
            }
            actions().setCloudTrailLogs(output);
            replay();
            follow();
          },
          (error: Error) => {
            if (reading === controller) set({ status: 'failed', error: error.message });
          },
        );
    },
    /** Stops the reading under way: the calls read before it stay. */
    cancelRead(): void {
      if (!reading) return;
      reading.abort();
      reading = undefined;
      actions().setCloudTrailReading({ status: 'cancelled' });
    },
    replay,
    generate(caller: string, resources: ResourceScope): void {
      const read = readNumber();
      if (read === undefined) return;
      generating?.abort();
      const controller = new AbortController();
      generating = controller;
      const { policies, account } = store.getState();
      const asked = { caller, resources, policies };
      const set = actions().setCloudTrailGenerated;
      set({ ...asked, status: 'running' });
      client
        .run(
          'cloudTrailGenerate',
          { read, caller, resources, policies, ...(account && { account }) },
          { signal: controller.signal },
        )
        .then(
          (output) => {
            if (generating !== controller) return;
            if (output) set({ ...asked, status: 'done', output });
            else set({ ...asked, status: 'failed', error: 'the logs were read again meanwhile' });
          },
          (error: Error) => {
            if (generating === controller)
              set({ ...asked, status: 'failed', error: error.message });
          },
        );
    },
    /** Stops following the workspace (tests). */
    stop(): void {
      unfollow?.();
      unfollow = undefined;
      clearTimeout(replayTimer);
    },
  };
}

export type CloudTrailAnalysis = ReturnType<typeof createCloudTrailAnalysis>;
