import {
  diffPolicies,
  loadDiffServices,
  type Catalog,
  type DiffResult,
  type PolicyType,
} from '../core/index.ts';
import type { JobContext } from './job-runner.ts';

/** Two versions of one policy to compare (docs/semantic-diff.md). */
export interface PolicyDiffQuery {
  old: string;
  new: string;
  type: PolicyType;
}

/**
 * The diff job of the analysis worker: loads the services both versions name, then compares them
 * (up to about a second for two 100-statement policies). Null when cancelled while the services
 * loaded.
 */
export function createDiffJobs(catalog: Catalog) {
  return {
    diffPolicies: async (
      query: PolicyDiffQuery,
      job: JobContext<'diffPolicies'>,
    ): Promise<DiffResult | null> => {
      await loadDiffServices(catalog, [query.old, query.new]);
      if (!(await job.checkpoint())) return null;
      return diffPolicies(query.old, query.new, { type: query.type, catalog });
    },
  };
}
