import type { WhoCanAnswer } from '../analysis/account-jobs.ts';
import type { AccountEscalationReport, ScenarioPolicy, WhatCanAnswer } from '../core/index.ts';
import type { SliceSet } from './slice.ts';

/** The sidebar's tabs when the workspace holds an account. */
export type SidebarTab = 'policies' | 'identities';

/** The account analysis view's tabs: what the selected identity can do, who can, escalations. */
export type AccountAnalysisTab = 'what' | 'who' | 'escalations';

export interface JobProgressCount {
  done: number;
  total: number;
}

/** An account job as the view shows it, with the policies of the workspace it was run on. */
export type AccountJob<T, Q> = { query: Q; policies: readonly ScenarioPolicy[] } & (
  | { status: 'running'; progress?: JobProgressCount }
  | { status: 'done'; output: T }
  | { status: 'failed'; error: string }
  | { status: 'cancelled' }
);

export interface WhoCanAsked {
  action: string;
  /** Empty: every resource. */
  resource: string;
}

/** What each account job answers, and what it was asked. */
export interface AccountJobOutputs {
  whoCan: WhoCanAnswer;
  whatCan: WhatCanAnswer;
  escalations: AccountEscalationReport;
}
export interface AccountJobQueries {
  whoCan: WhoCanAsked;
  /** The user or role asked about. */
  whatCan: { principal: string };
  /** The whole account. */
  escalations: Record<string, never>;
}

export type AccountJobKind = keyof AccountJobOutputs;

export type AccountJobs = {
  [K in AccountJobKind]: AccountJob<AccountJobOutputs[K], AccountJobQueries[K]>;
};

export interface AccountViewState {
  sidebarTab: SidebarTab;
  /** The ARN of the identity selected in the Identities panel. */
  selectedIdentity: string | null;
  accountAnalysisTab: AccountAnalysisTab;
  /** The latest run of each account job, for the workspace open (src/analysis writes them). */
  accountJobs: Partial<AccountJobs>;
}

export interface AccountViewActions {
  setSidebarTab(tab: SidebarTab): void;
  selectIdentity(arn: string | null): void;
  setAccountAnalysisTab(tab: AccountAnalysisTab): void;
  setAccountJob<K extends AccountJobKind>(kind: K, job: AccountJobs[K]): void;
}

/** Another workspace's account: nothing selected, nothing run. */
export const NO_ACCOUNT_SELECTION = {
  selectedIdentity: null,
  accountJobs: {},
} satisfies Partial<AccountViewState>;

export function createAccountViewSlice(set: SliceSet<AccountViewState>) {
  const state: AccountViewState = {
    sidebarTab: 'policies',
    accountAnalysisTab: 'what',
    ...NO_ACCOUNT_SELECTION,
  };
  const actions: AccountViewActions = {
    setSidebarTab: (tab) => set(() => ({ sidebarTab: tab })),
    selectIdentity: (arn) => set(() => ({ selectedIdentity: arn })),
    setAccountAnalysisTab: (tab) => set(() => ({ accountAnalysisTab: tab })),
    setAccountJob: (kind, job) => set((s) => ({ accountJobs: { ...s.accountJobs, [kind]: job } })),
  };
  return { state, actions };
}
