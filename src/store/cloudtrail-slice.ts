import type { CloudTrailReadProgress } from '../analysis/cloudtrail-import.ts';
import type { CloudTrailReadOutput } from '../analysis/cloudtrail-jobs.ts';
import type { ReplayView } from '../analysis/cloudtrail-replay.ts';
import type { GenerationView } from '../analysis/cloudtrail-generate.ts';
import type { ResourceScope, ScenarioPolicy } from '../core/index.ts';
import type { SliceSet } from './slice.ts';

export type OutcomeFilter = 'any' | 'allowed' | 'explicitDeny' | 'implicitDeny';

export interface ReplayFilter {
  /** Part of the caller's ARN, any case. */
  caller: string;
  /** Part of the action (`s3`, `s3:Get`, `getobject`), any case. */
  action: string;
  /** Rows with at least one event of this outcome. */
  outcome: OutcomeFilter;
  /** Rows with events whose outcome differs from what CloudTrail recorded. */
  onlyDifferences: boolean;
}

export const NO_FILTER: ReplayFilter = {
  caller: '',
  action: '',
  outcome: 'any',
  onlyDifferences: false,
};

/** A CloudTrail job as the view shows it. */
export type CloudTrailJob<T, P = never> =
  | { status: 'running'; progress?: P }
  | { status: 'done'; output: T }
  | { status: 'failed'; error: string }
  | { status: 'cancelled' };

/**
 * The replay of the calls read: the last one done stays shown while the next one (after an edit)
 * runs, so the table does not flicker; `policies` are those the shown one was replayed against.
 */
export interface CloudTrailReplayState {
  view?: ReplayView;
  policies?: readonly ScenarioPolicy[];
  status: 'running' | 'done' | 'failed' | 'cancelled';
  progress?: { done: number; total: number };
  error?: string;
}

export interface CloudTrailGenerateAsked {
  caller: string;
  resources: ResourceScope;
  /** The workspace's policies the generation was compared with. */
  policies: readonly ScenarioPolicy[];
}

export interface CloudTrailState {
  /** Whether the main area shows the CloudTrail view instead of the editor. */
  cloudTrailOpen: boolean;
  /** The logs read last: what the replay and the generation work on. */
  cloudTrailLogs?: CloudTrailReadOutput;
  /** A reading under way, or how the last one ended when it did not end with logs read. */
  cloudTrailReading?: Exclude<CloudTrailJob<never, CloudTrailReadProgress>, { status: 'done' }>;
  cloudTrailReplay?: CloudTrailReplayState;
  cloudTrailGenerated?: CloudTrailGenerateAsked & CloudTrailJob<GenerationView>;
  /** The replay table's filter, kept while the editor is shown in place of the view. */
  cloudTrailFilter: ReplayFilter;
}

export interface CloudTrailActions {
  setCloudTrailOpen(open: boolean): void;
  setCloudTrailReading(job: CloudTrailState['cloudTrailReading']): void;
  /** Logs read: the reading is over, and the replay and generation of older logs go. */
  setCloudTrailLogs(logs: CloudTrailReadOutput): void;
  setCloudTrailReplay(replay: CloudTrailReplayState | undefined): void;
  setCloudTrailGenerated(job: CloudTrailState['cloudTrailGenerated']): void;
  setCloudTrailFilter(filter: ReplayFilter): void;
}

export function createCloudTrailSlice(set: SliceSet<CloudTrailState>) {
  const state: CloudTrailState = { cloudTrailOpen: false, cloudTrailFilter: NO_FILTER };
  const actions: CloudTrailActions = {
    setCloudTrailOpen: (open) => set(() => ({ cloudTrailOpen: open })),
    setCloudTrailReading: (job) => set(() => ({ cloudTrailReading: job })),
    setCloudTrailLogs: (logs) =>
      set(() => ({
        cloudTrailLogs: logs,
        cloudTrailReading: undefined,
        cloudTrailReplay: undefined,
        cloudTrailGenerated: undefined,
      })),
    setCloudTrailReplay: (replay) => set(() => ({ cloudTrailReplay: replay })),
    setCloudTrailGenerated: (job) => set(() => ({ cloudTrailGenerated: job })),
    setCloudTrailFilter: (filter) => set(() => ({ cloudTrailFilter: filter })),
  };
  return { state, actions };
}
