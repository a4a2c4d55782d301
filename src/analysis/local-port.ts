import { createJobRunner, type JobHandlers } from './job-runner.ts';
import type { AnalysisPort, WorkerRequest } from './protocol.ts';

/**
 * The worker's jobs run in this thread, for tests and browsers without Web Workers. Messages are
 * copied and delivered a task later, as a worker's would be, so callers cannot tell the two apart.
 */
export function createLocalPort(handlers: Promise<JobHandlers>): AnalysisPort {
  const port: AnalysisPort = {
    onmessage: null,
    onerror: null,
    postMessage: (request: WorkerRequest) => {
      const copy = structuredClone(request);
      void receive.then((deliver) => setTimeout(() => deliver(copy), 0));
    },
  };
  const receive = handlers.then((jobs) =>
    createJobRunner(jobs, (response) => {
      const copy = structuredClone(response);
      setTimeout(() => port.onmessage?.(new MessageEvent('message', { data: copy })), 0);
    }),
  );
  return port;
}
