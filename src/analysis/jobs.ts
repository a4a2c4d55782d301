import { type Catalog, packText } from '../core/index.ts';
import { createAccountJobs } from './account-jobs.ts';
import { createCloudTrailJobs } from './cloudtrail-jobs.ts';
import { createDiffJobs } from './diff-jobs.ts';
import type { JobHandlers } from './job-runner.ts';
import { encodeParse, type ParsedModel } from './parse-transfer.ts';
import { ParsedTexts } from './parsed-texts.ts';
import { FindingsDeriver } from './policy-findings.ts';
import { HeldAccounts } from './held-accounts.ts';
import { withPracticesJobs } from './practices-jobs.ts';
import { readAccount } from './read-account.ts';
import { readImport } from './read-import.ts';
import { createSimulator } from './simulation.ts';
import { statementReachJob } from './statement-reach-job.ts';

/** Enough for the page's latest parse of each large policy while it types in one of them. */
const KEPT_SENT = 16;

/** The analysis worker's jobs, sharing one parse of each text (parsed-texts.ts). */
export function createJobs(catalog: Catalog): JobHandlers {
  const parses = new ParsedTexts();
  const deriver = new FindingsDeriver(catalog, parses);
  const simulate = createSimulator(parses);
  const accounts = new HeldAccounts();
  /** The parses sent to the page lately, by id: what it holds, to send only what changed. */
  const sent = new Map<number, { result: ParsedModel; text: string }>();
  let lastSent = 0;
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
    parse: ({ policyId, document, base }) => {
      const parsed = parses.get(policyId, document);
      const transfer = encodeParse(
        parsed,
        document,
        base === undefined ? undefined : sent.get(base),
      );
      lastSent += 1;
      sent.set(lastSent, { result: parsed, text: document });
      if (sent.size > KEPT_SENT) sent.delete(sent.keys().next().value as number);
      return { id: lastSent, transfer };
    },
    simulate: ({ account, ...input }) =>
      simulate(account === undefined ? input : { ...input, account: accounts.get(account) }),
    otherStatements: (query) => simulate.otherStatements(query),
    statementReach: (query) => statementReachJob(query, catalog),
    readImport: (source) => readImport(source),
    readAccount: (source) => readAccount(source),
    packText: (text) => packText(text),
    ...createAccountJobs(catalog, accounts),
    ...withPracticesJobs(createCloudTrailJobs(catalog, parses)),
    ...createDiffJobs(catalog),
  };
}
