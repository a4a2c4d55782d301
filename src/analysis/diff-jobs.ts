import {
  diffPolicies,
  diffScenarios,
  loadDiffServices,
  type Catalog,
  type DiffResult,
  type PolicyType,
  type Scenario,
} from '../core/index.ts';
import type { JobContext } from './job-runner.ts';

/**
 * What to compare (docs/semantic-diff.md): two versions of one policy, each decided alone, or two
 * scenarios, the same requests decided by the whole of each.
 */
export type PolicyDiffQuery =
  | { kind: 'policy'; old: string; new: string; type: PolicyType }
  | { kind: 'scenario'; old: Scenario; new: Scenario };

function documentsOf(query: PolicyDiffQuery): string[] {
  return query.kind === 'policy'
    ? [query.old, query.new]
    : [...query.old.policies, ...query.new.policies].map((policy) => policy.document);
}

/**
 * The diff job of the analysis worker: loads the services the versions name, then compares them
 * (up to about a second for two 100-statement policies). Null when cancelled while the services
 * loaded.
 */
export function createDiffJobs(catalog: Catalog) {
  return {
    diffPolicies: async (
      query: PolicyDiffQuery,
      job: JobContext<'diffPolicies'>,
    ): Promise<DiffResult | null> => {
      await loadDiffServices(catalog, documentsOf(query));
      if (!(await job.checkpoint())) return null;
      return query.kind === 'policy'
        ? diffPolicies(query.old, query.new, { type: query.type, catalog })
        : diffScenarios(query.old, query.new, { catalog });
    },
  };
}
