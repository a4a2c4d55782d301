import { bundledCatalog } from '../core/index.ts';
import { createJobRunner } from './job-runner.ts';
import { createJobs } from './jobs.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

const receive = createJobRunner(createJobs(bundledCatalog()), (response: WorkerResponse) =>
  self.postMessage(response),
);

self.onmessage = (event: MessageEvent<WorkerRequest>) => receive(event.data);
