import type {
  JobInput,
  JobKind,
  JobOutput,
  JobProgress,
  WorkerRequest,
  WorkerResponse,
} from './protocol.ts';

/**
 * How long long work runs between two looks at the messages (a cancel among them) and two progress
 * reports: often enough that Cancel and the bar answer at once, seldom enough that waiting for the
 * next task (4 ms or more in a browser) costs little.
 */
export const JOB_SLICE_MS = 50;

/** What a job can do besides computing its output. */
export interface JobContext<K extends JobKind> {
  progress(value: JobProgress<K>): void;
  /**
   * Lets the messages sent meanwhile arrive (a cancel among them); false once the job has been
   * cancelled, when it should stop. Long work calls it between steps.
   */
  checkpoint(): Promise<boolean>;
}

export type JobHandlers = {
  [K in JobKind]: (input: JobInput<K>, job: JobContext<K>) => JobOutput<K> | Promise<JobOutput<K>>;
};

type RunRequest = Extract<WorkerRequest, { type: 'run' }>;

/** The next turn of the event loop, after the messages that have arrived already. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs the jobs a port receives one at a time, in the order they came, and reports on each
 * through `post`. A job cancelled before it starts never runs; one cancelled while running is
 * told so at its next checkpoint. Returns the function that receives a request.
 */
export function createJobRunner(handlers: JobHandlers, post: (response: WorkerResponse) => void) {
  const queue: RunRequest[] = [];
  const cancelled = new Set<number>();
  let running: number | undefined;
  let draining = false;

  async function run<K extends JobKind>(id: number, kind: K, input: JobInput<K>) {
    const job: JobContext<K> = {
      progress: (value) => post({ type: 'progress', id, kind, value } as WorkerResponse),
      checkpoint: async () => {
        await nextTask();
        return !cancelled.has(id);
      },
    };
    const handler = handlers[kind] as JobHandlers[K];
    try {
      const output = await handler(input, job);
      post(
        cancelled.has(id)
          ? { type: 'cancelled', id }
          : ({ type: 'done', id, kind, output } as WorkerResponse),
      );
    } catch (error) {
      post({ type: 'failed', id, error: errorMessage(error) });
    }
  }

  async function drain() {
    // The requests sent together arrive before the first one starts: a burst of edits whose
    // jobs cancel each other runs only the last.
    await nextTask();
    for (let next = queue.shift(); next; next = queue.shift()) {
      if (cancelled.delete(next.id)) {
        post({ type: 'cancelled', id: next.id });
        continue;
      }
      running = next.id;
      await run(next.id, next.kind, next.input);
      cancelled.delete(next.id);
      running = undefined;
    }
    draining = false;
  }

  return (request: WorkerRequest) => {
    if (request.type === 'cancel') {
      const known = running === request.id || queue.some((queued) => queued.id === request.id);
      if (known) cancelled.add(request.id);
      return;
    }
    queue.push(request);
    if (!draining) {
      draining = true;
      void drain();
    }
  };
}
