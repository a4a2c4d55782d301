import {
  type Account,
  type AccountEscalationReport,
  type DiffResult,
  type EscalationProgress,
  type NamedStatement,
  type PolicyType,
  type StatementReach,
  type WhatCanAnswer,
} from '../core/index.ts';
import type { AccountQuery, WhatCanQuery, WhoCanAnswer, WhoCanQuery } from './account-jobs.ts';
import type { AccessAdvisorQuery, AccessAdvisorView } from './cloudtrail-advisor.ts';
import type { CloudTrailGenerateQuery, GenerationView } from './cloudtrail-generate.ts';
import type { CloudTrailInputFile, CloudTrailReadProgress } from './cloudtrail-import.ts';
import type {
  CloudTrailExplained,
  CloudTrailExplainQuery,
  CloudTrailReadOutput,
  CloudTrailRowQuery,
  CloudTrailScenario,
} from './cloudtrail-jobs.ts';
import type { CallView, ReplayView } from './cloudtrail-replay.ts';
import type { PolicyDiffQuery } from './diff-jobs.ts';
import type { ParseTransfer } from './parse-transfer.ts';
import type { StatementReachQuery } from './statement-reach-job.ts';
import type { PolicyFindings } from './policy-findings.ts';
import type {
  AlarmEventsOutput,
  CredentialReportMessage,
  CredentialReportQuery,
  NamedPattern,
  PracticeChecklistOutput,
  PracticeChecklistQuery,
} from './practices-jobs.ts';
import type { AccountSource, ReadAccount } from './read-account.ts';
import type { ImportSource, ReadImport } from './read-import.ts';
import type { OtherStatementsQuery, SimulationJob, SimulationOutput } from './simulation.ts';

/** One policy text to lint. */
export interface LintTarget {
  policyId: string;
  type: PolicyType;
  document: string;
}

/** The findings of one policy's text, as lint sends them while it works through a request. */
export interface LintedPolicy {
  policyId: string;
  findings: PolicyFindings;
}

/** A large text for the worker to read for the page, which holds the parse `base` already. */
export interface ParseRequest {
  policyId: string;
  document: string;
  /** The id of a parse the worker sent before. */
  base?: number;
}

/** A parse sent to the page, with the id the page gives as `base` in its next request. */
export interface SentParse {
  id: number;
  transfer: ParseTransfer;
}

/**
 * Every kind of work the analysis worker does: what a request carries, what the worker reports
 * while it works (`progress`, for long work), and its result. Work to come (account analysis,
 * CloudTrail replay) is one more entry here and one more handler in jobs.ts.
 */
export interface AnalysisJobs {
  /** Lints the policies one after the other; each one's findings come as progress. */
  lint: { input: readonly LintTarget[]; progress: LintedPolicy; output: { linted: number } };
  /** Reads a large text for the editor, which does not parse such texts itself. */
  parse: { input: ParseRequest; progress: never; output: SentParse };
  simulate: { input: SimulationJob; progress: never; output: SimulationOutput };
  /** The statements an explanation left out; null when its run has been replaced. */
  otherStatements: {
    input: OtherStatementsQuery;
    progress: never;
    output: NamedStatement[] | null;
  };
  /** What a broad statement really grants (a finding's counts and example); null when none. */
  statementReach: { input: StatementReachQuery; progress: never; output: StatementReach | null };
  /** Reads a file or a text for the import dialog (a large AWS CLI output takes a while). */
  readImport: { input: ImportSource; progress: never; output: ReadImport };
  /** Reads a get-account-authorization-details output to open as an account. */
  readAccount: { input: AccountSource; progress: never; output: ReadAccount };
  /** Keeps an account for the account jobs, which name it by `key` rather than send it again. */
  openAccount: { input: { key: string; account: Account }; progress: never; output: null };
  whoCan: { input: WhoCanQuery; progress: never; output: WhoCanAnswer };
  whatCan: { input: WhatCanQuery; progress: never; output: WhatCanAnswer };
  /** Every escalation path of the account, its progress counted in principals. */
  escalations: {
    input: AccountQuery;
    progress: EscalationProgress;
    output: AccountEscalationReport | null;
  };
  /** Reads CloudTrail files into distinct calls the worker keeps; null when cancelled. */
  cloudTrailRead: {
    input: CloudTrailInputFile[];
    progress: CloudTrailReadProgress;
    output: CloudTrailReadOutput | null;
  };
  /** The calls read, replayed against the workspace; null when cancelled or read again since. */
  cloudTrailReplay: {
    input: CloudTrailScenario;
    progress: { done: number; total: number };
    output: ReplayView | null;
  };
  cloudTrailRowCalls: {
    input: CloudTrailRowQuery;
    progress: never;
    output: { calls: CallView[]; total: number } | null;
  };
  cloudTrailExplain: {
    input: CloudTrailExplainQuery;
    progress: never;
    output: CloudTrailExplained | null;
  };
  cloudTrailGenerate: {
    input: CloudTrailGenerateQuery & Omit<CloudTrailScenario, 'read'>;
    progress: never;
    output: GenerationView | null;
  };
  /** Access Advisor's view of a caller of the calls read; null when read again since. */
  cloudTrailAccessAdvisor: {
    input: AccessAdvisorQuery & Omit<CloudTrailScenario, 'read'>;
    progress: never;
    output: AccessAdvisorView | null;
  };
  cloudTrailOtherStatements: {
    input: CloudTrailExplainQuery & { step: number };
    progress: never;
    output: NamedStatement[] | null;
  };
  /** Reads a credential report and lists its findings (a large report takes a while). */
  credentialReport: {
    input: CredentialReportQuery;
    progress: never;
    output: CredentialReportMessage;
  };
  /** The events of the CloudTrail logs read that each filter pattern matches. */
  alarmEvents: {
    input: { read: number; patterns: NamedPattern[] };
    progress: never;
    output: AlarmEventsOutput | null;
  };
  /** The best-practices checklist from the credential report read last, the account and the logs. */
  practiceChecklist: {
    input: PracticeChecklistQuery;
    progress: never;
    output: PracticeChecklistOutput;
  };
  /** A workspace's stored text, packed (packText) away from the page's thread before it is saved. */
  packText: { input: string; progress: never; output: string };
  /** What the new version of a policy allows that the old did not, and the reverse; null when cancelled. */
  diffPolicies: { input: PolicyDiffQuery; progress: never; output: DiffResult | null };
}

export type JobKind = keyof AnalysisJobs;
export type JobInput<K extends JobKind> = AnalysisJobs[K]['input'];
export type JobProgress<K extends JobKind> = AnalysisJobs[K]['progress'];
export type JobOutput<K extends JobKind> = AnalysisJobs[K]['output'];

/** From the page to the worker: start a job, or cancel one (a no-op once it has ended). */
export type WorkerRequest =
  | { [K in JobKind]: { type: 'run'; id: number; kind: K; input: JobInput<K> } }[JobKind]
  | { type: 'cancel'; id: number };

/**
 * From the worker to the page. Every job ends with exactly one of `done`, `failed` (an engine
 * bug: the page says so rather than freezing) or `cancelled`, after any number of `progress`.
 */
export type WorkerResponse =
  | { [K in JobKind]: { type: 'progress'; id: number; kind: K; value: JobProgress<K> } }[JobKind]
  | { [K in JobKind]: { type: 'done'; id: number; kind: K; output: JobOutput<K> } }[JobKind]
  | { type: 'failed'; id: number; error: string }
  | { type: 'cancelled'; id: number };

/** What the client talks to: the worker, or the same jobs in this thread (tests, no Worker). */
export interface AnalysisPort {
  postMessage(message: WorkerRequest): void;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}
