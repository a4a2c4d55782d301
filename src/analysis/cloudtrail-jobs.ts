import {
  createPolicyCache,
  evaluateRequest,
  explainRequest,
  otherStatements,
  prepareScenario,
  replaying,
  type Account,
  type Catalog,
  type Explanation,
  type MappedCall,
  type NamedStatement,
  type PreparedScenario,
  type ReplayResult,
  type ScenarioPolicy,
  type ScenarioRequest,
} from '../core/index.ts';
import {
  readCloudTrailInput,
  type CloudTrailInputFile,
  type CloudTrailReadSummary,
} from './cloudtrail-import.ts';
import {
  callView,
  replayView,
  rowCalls,
  type CallView,
  type ReplayView,
} from './cloudtrail-replay.ts';
import { accessAdvisorView, type AccessAdvisorQuery } from './cloudtrail-advisor.ts';
import { generateView, type CloudTrailGenerateQuery } from './cloudtrail-generate.ts';
import { JOB_SLICE_MS, type JobContext } from './job-runner.ts';
import type { ParsedTexts } from './parsed-texts.ts';
import { buildScenario } from './simulation.ts';

export interface CloudTrailReadOutput {
  /** The number the worker keeps these calls under, which the replay names. */
  read: number;
  summary: CloudTrailReadSummary;
}

/** The workspace's policies, against which the calls read last are replayed. */
export interface CloudTrailScenario {
  read: number;
  policies: ScenarioPolicy[];
  account?: Account;
}

export interface CloudTrailRowQuery {
  run: number;
  caller: string;
  action: string;
}

export interface CloudTrailExplainQuery {
  run: number;
  /** The call's place among the calls read. */
  call: number;
}

export interface CloudTrailExplained {
  call: CallView;
  request: ScenarioRequest;
  explanation: Explanation;
}

/** Calls of a row sent to the page at most. */
const ROW_CALLS = 200;

interface Replayed {
  run: number;
  prepared: PreparedScenario;
  result: ReplayResult;
}

/**
 * The CloudTrail jobs of the analysis worker: the calls read last stay here (they can be many
 * more than the page should hold), and so does their last replay, which the explanations and the
 * calls of a row are read from.
 */
export function createCloudTrailJobs(
  catalog: Catalog,
  parses: ParsedTexts,
  { sliceMs = JOB_SLICE_MS } = {},
) {
  let held: { read: number; calls: MappedCall[] } | undefined;
  let reads = 0;
  let runs = 0;
  let last: Replayed | undefined;
  const cache = createPolicyCache((source) => parses.get(source.id, source.document));
  const replayedRun = (run: number) => (last?.run === run ? last : undefined);
  /** The workspace's policies and account prepared, each policy's text parsed once. */
  const prepare = (policies: ScenarioPolicy[], account: Account | undefined) =>
    prepareScenario(buildScenario(policies, [], account), cache);

  const requestOf = (call: MappedCall, index: number): ScenarioRequest | undefined => {
    const deciding = last?.result.calls[index];
    const request = call.requests[deciding?.decidingRequest ?? 0];
    if (!request || call.principal === undefined) return undefined;
    return {
      principal: call.principal,
      action: request.action,
      resource: request.resource,
      context: request.context,
    };
  };
  const nowOf = (call: MappedCall) => {
    const seen = call.lastSeen === undefined ? new Date() : new Date(call.lastSeen);
    return Number.isNaN(seen.getTime()) ? new Date() : seen;
  };
  const explain = (run: number, index: number, detail: 'relevant' | 'all') => {
    const replayed = replayedRun(run)?.result.calls[index];
    const request = replayed && requestOf(replayed.call, index);
    if (!last || !replayed || !request) return undefined;
    const now = nowOf(replayed.call);
    const result = evaluateRequest(last.prepared, request, 0, { now });
    return {
      replayed,
      request,
      explanation: explainRequest(last.prepared, request, result, detail, now),
    };
  };

  return {
    /** Reads dropped files; a cancelled reading keeps the calls read before. */
    cloudTrailRead: async (
      files: CloudTrailInputFile[],
      job: JobContext<'cloudTrailRead'>,
    ): Promise<CloudTrailReadOutput | null> => {
      const { calls, summary } = await readCloudTrailInput(files, catalog, {
        sliceMs,
        onProgress: job.progress,
        keepGoing: job.checkpoint,
      });
      if (summary.cancelled) return null;
      reads += 1;
      held = { read: reads, calls };
      last = undefined;
      return { read: reads, summary };
    },
    /** The calls read, replayed against the workspace's policies; null when replaced. */
    cloudTrailReplay: async (
      { read, policies, account }: CloudTrailScenario,
      job: JobContext<'cloudTrailReplay'>,
    ): Promise<ReplayView | null> => {
      if (held?.read !== read) return null;
      const started = performance.now();
      const prepared = prepare(policies, account);
      const replay = replaying(prepared, held.calls);
      let sliceStart = performance.now();
      for (let step = replay.next(); ; step = replay.next()) {
        if (step.done) {
          runs += 1;
          last = { run: runs, prepared, result: step.value };
          return replayView(step.value, runs, performance.now() - started);
        }
        if (performance.now() - sliceStart < sliceMs) continue;
        job.progress(step.value);
        if (!(await job.checkpoint())) return null;
        sliceStart = performance.now();
      }
    },
    /** The calls of one row of the table; null when the replay has been replaced. */
    cloudTrailRowCalls: ({ run, caller, action }: CloudTrailRowQuery) => {
      const replayed = replayedRun(run);
      return replayed ? rowCalls(replayed.result, caller, action, ROW_CALLS) : null;
    },
    /** Why a call got its decision: its deciding request explained at its last time. */
    cloudTrailExplain: ({ run, call }: CloudTrailExplainQuery): CloudTrailExplained | null => {
      const explained = explain(run, call, 'relevant');
      if (!explained) return null;
      const { replayed, request, explanation } = explained;
      return { call: callView(replayed, call), request, explanation };
    },
    /** Least privilege for a caller of the calls read; null when they have been read again. */
    cloudTrailGenerate: ({
      read,
      policies,
      account,
      ...query
    }: CloudTrailGenerateQuery & Omit<CloudTrailScenario, 'read'>) =>
      held?.read === read
        ? generateView(held.calls, prepare(policies, account), { read, ...query }, catalog)
        : null,
    /** Access Advisor's view of a caller of the calls read; null when they have been read again. */
    cloudTrailAccessAdvisor: ({
      read,
      caller,
      policies,
      account,
    }: AccessAdvisorQuery & Omit<CloudTrailScenario, 'read'>) =>
      held?.read === read
        ? accessAdvisorView(held.calls, prepare(policies, account), caller, catalog)
        : null,
    cloudTrailOtherStatements: ({
      run,
      call,
      step,
    }: CloudTrailExplainQuery & { step: number }): NamedStatement[] | null => {
      const full = explain(run, call, 'all');
      return full ? otherStatements(full.explanation, step) : null;
    },
  };
}
