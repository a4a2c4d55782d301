import type { Catalog } from '../core/catalog/catalog.ts';
import type { JobHandlers } from './job-runner.ts';
import { ParsedTexts } from './parsed-texts.ts';
import { FindingsDeriver } from './policy-findings.ts';
import { createSimulator } from './simulation.ts';

/** The analysis worker's jobs, sharing one parse of each text (parsed-texts.ts). */
export function createJobs(catalog: Catalog): JobHandlers {
  const parses = new ParsedTexts();
  const deriver = new FindingsDeriver(catalog, parses);
  const simulate = createSimulator(parses);
  return {
    lint: async (targets, job) => {
      let linted = 0;
      for (const target of targets) {
        if (!(await job.checkpoint())) break;
        job.progress({ policyId: target.policyId, findings: await deriver.derive(target) });
        linted += 1;
      }
      return { linted };
    },
    simulate: (input) => simulate(input),
    otherStatements: (query) => simulate.otherStatements(query),
  };
}
