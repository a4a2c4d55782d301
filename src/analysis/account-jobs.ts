import {
  analyseEscalations,
  loadWhatCan,
  whoCan,
  type Account,
  type AccountEscalationReport,
  type Catalog,
  type Organization,
  type ScenarioPolicy,
} from '../core/index.ts';
import { HeldAccounts } from './held-accounts.ts';
import { JOB_SLICE_MS, type JobContext } from './job-runner.ts';

/** An account the worker holds (sent by an openAccount job), with the workspace's changes. */
export interface AccountQuery {
  /** The key the account was sent under. */
  account: string;
  /** The workspace's policies that differ from the account's (accountChanges). */
  extraPolicies: ScenarioPolicy[];
  organization?: Organization;
}

export interface WhoCanQuery extends AccountQuery {
  action: string;
  /** An ARN; every resource ("*") when left out. */
  resource?: string;
}

export type WhoCanAnswer = ReturnType<typeof whoCan>;

export interface WhatCanQuery extends AccountQuery {
  /** A user or role of the account. */
  principal: string;
}

/** The account jobs of the analysis worker, sharing the accounts it holds. */
export function createAccountJobs(
  catalog: Catalog,
  accounts = new HeldAccounts(),
  { sliceMs = JOB_SLICE_MS } = {},
) {
  const options = ({ extraPolicies, organization }: AccountQuery) =>
    organization === undefined ? { extraPolicies } : { extraPolicies, organization };
  const accountOf = (query: AccountQuery) => accounts.get(query.account);
  return {
    openAccount: ({ key, account }: { key: string; account: Account }) => {
      accounts.hold(key, account);
      return null;
    },
    whoCan: (query: WhoCanQuery): WhoCanAnswer =>
      whoCan(accountOf(query), query.action, query.resource, options(query)),
    whatCan: (query: WhatCanQuery) =>
      loadWhatCan(accountOf(query), query.principal, catalog, options(query)),
    /** Every escalation path of the account; null when cancelled before the end. */
    escalations: async (
      query: AccountQuery,
      job: JobContext<'escalations'>,
    ): Promise<AccountEscalationReport | null> => {
      const analysis = analyseEscalations(accountOf(query), options(query));
      let sliceStart = performance.now();
      for (let step = analysis.next(); ; step = analysis.next()) {
        if (step.done) return step.value;
        if (performance.now() - sliceStart < sliceMs) continue;
        job.progress(step.value);
        if (!(await job.checkpoint())) return null;
        sliceStart = performance.now();
      }
    },
  };
}
