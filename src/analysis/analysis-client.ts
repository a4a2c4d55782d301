import { bundledCatalog } from '../core/index.ts';
import { createLocalPort } from './local-port.ts';
import type {
  AnalysisPort,
  JobInput,
  JobKind,
  JobOutput,
  JobProgress,
  WorkerRequest,
  WorkerResponse,
} from './protocol.ts';

export interface RunOptions<K extends JobKind> {
  /**
   * Jobs of one lane are "latest wins": a new job cancels the one running (the worker drops it
   * at its next checkpoint) and waits for it to end; a job replaced before it ends resolves
   * with undefined, so a result that is already stale is never used.
   */
  lane?: string;
  onProgress?: (value: JobProgress<K>) => void;
  /** Cancels the job (the worker stops it at its next checkpoint): it resolves with undefined. */
  signal?: AbortSignal;
}

type Ending = Extract<WorkerResponse, { type: 'done' | 'failed' | 'cancelled' }>;

interface Posted {
  onProgress?: (value: unknown) => void;
  settle(ending: Ending): void;
}

interface Lane {
  posted: number;
  /** The newest job asked for while `posted` runs. */
  waiting?: { start(): number; replaced(): void };
}

/** Sends jobs to the analysis worker, created on first use, and hands back what it answers. */
export class AnalysisClient {
  private port: AnalysisPort | null = null;
  private lastId = 0;
  private readonly posted = new Map<number, Posted>();
  private readonly lanes = new Map<string, Lane>();

  constructor(private readonly connect: () => AnalysisPort) {}

  /** The job's output; undefined when it was cancelled or replaced; rejected when it failed. */
  run<K extends JobKind>(
    kind: K,
    input: JobInput<K>,
    options: RunOptions<K> = {},
  ): Promise<JobOutput<K> | undefined> {
    return new Promise((resolve, reject) => {
      if (options.signal?.aborted) {
        resolve(undefined);
        return;
      }
      const start = () => this.post(kind, input, options, resolve, reject);
      const { lane } = options;
      if (lane === undefined) {
        start();
        return;
      }
      const busy = this.lanes.get(lane);
      if (!busy) {
        this.lanes.set(lane, { posted: start() });
        return;
      }
      if (busy.waiting) busy.waiting.replaced();
      else this.send({ type: 'cancel', id: busy.posted });
      busy.waiting = { start, replaced: () => resolve(undefined) };
    });
  }

  private post<K extends JobKind>(
    kind: K,
    input: JobInput<K>,
    { lane, onProgress, signal }: RunOptions<K>,
    resolve: (output: JobOutput<K> | undefined) => void,
    reject: (error: Error) => void,
  ): number {
    this.lastId += 1;
    const id = this.lastId;
    const cancel = () => this.send({ type: 'cancel', id });
    signal?.addEventListener('abort', cancel, { once: true });
    this.posted.set(id, {
      onProgress: onProgress as Posted['onProgress'],
      settle: (ending) => {
        signal?.removeEventListener('abort', cancel);
        const replaced = lane !== undefined && this.lanes.get(lane)?.waiting !== undefined;
        if (ending.type === 'failed' && !replaced) reject(new Error(ending.error));
        else
          resolve(
            ending.type === 'done' && !replaced ? (ending.output as JobOutput<K>) : undefined,
          );
        if (lane !== undefined) this.ended(lane);
      },
    });
    this.send({ type: 'run', id, kind, input } as WorkerRequest);
    // Cancelled while it waited for its lane: the worker answers that at once.
    if (signal?.aborted) cancel();
    return id;
  }

  /** The lane's job has ended: the one waiting, if any, starts. */
  private ended(lane: string): void {
    const state = this.lanes.get(lane);
    if (!state) return;
    if (state.waiting) {
      const { start } = state.waiting;
      state.waiting = undefined;
      state.posted = start();
    } else {
      this.lanes.delete(lane);
    }
  }

  private send(request: WorkerRequest): void {
    if (!this.port) {
      this.port = this.connect();
      this.port.onmessage = ({ data }) => this.receive(data);
      this.port.onerror = (event) => this.failAll(event.message || 'The analysis worker failed');
    }
    this.port.postMessage(request);
  }

  private receive(response: WorkerResponse): void {
    const job = this.posted.get(response.id);
    if (!job) return;
    if (response.type === 'progress') {
      job.onProgress?.(response.value);
      return;
    }
    this.posted.delete(response.id);
    job.settle(response);
  }

  private failAll(error: string): void {
    const jobs = [...this.posted];
    this.posted.clear();
    for (const [id, job] of jobs) job.settle({ type: 'failed', id, error });
  }
}

/** The analysis worker; without Worker support (unit tests), the same jobs in this thread. */
export function connectAnalysisWorker(): AnalysisPort {
  if (typeof Worker === 'undefined') {
    const jobs = import('./jobs.ts').then(({ createJobs }) => createJobs(bundledCatalog()));
    return createLocalPort(jobs);
  }
  return new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
}

/** The app's one client of the one analysis worker. */
export const analysisClient = new AnalysisClient(connectAnalysisWorker);
