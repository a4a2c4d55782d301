import {
  definedFields,
  type EventRequest,
  type MappedCall,
  type ReplayDecision,
  type ReplayDifference,
  type ReplayedCall,
  type ReplayResult,
  type ReplayRow,
  type ReplaySummary,
} from '../core/index.ts';
import { replayDecisions, type ReplayCoverageDecision } from './replay-coverage.ts';

/** A row of the replay table, with the events of its calls whose outcome differs from CloudTrail's. */
export interface ReplayRowView extends ReplayRow {
  differing: number;
}

/** One distinct call as the page shows it, named by its place among the calls the worker holds. */
export interface CallFacts {
  index: number;
  caller: string;
  principal?: string;
  eventSource: string;
  eventName: string;
  actions: string[];
  recorded: string;
  count: number;
  firstSeen?: string;
  lastSeen?: string;
  requests: EventRequest[];
  unmapped?: string;
  notes: string[];
}

/** A call with its replayed outcome. */
export interface CallView extends CallFacts {
  decision: ReplayDecision;
  difference?: ReplayDifference;
  /** The request that decided a denial, or the first one. */
  deciding?: EventRequest;
}

/** What the page gets of a replay: the table, the summary and the calls that differ. */
export interface ReplayView {
  /** The replay's number in the worker, which explanations name. */
  run: number;
  summary: ReplaySummary;
  rows: ReplayRowView[];
  /** The first calls whose outcome differs, would-break ones first. */
  differing: CallView[];
  /** Distinct calls that differ, listed or not. */
  differingCalls: number;
  /** The calls' deciding statements, for statement coverage. */
  decided: ReplayCoverageDecision[];
  durationMs: number;
}

/** Calls that differ sent to the page at most (all are counted). */
export const MAX_DIFFERING = 500;

export function callFacts(call: MappedCall, index: number): CallFacts {
  return {
    index,
    caller: call.caller,
    eventSource: call.eventSource,
    eventName: call.eventName,
    actions: call.actions,
    recorded: call.recorded,
    count: call.count,
    requests: call.requests,
    notes: call.notes,
    ...definedFields({
      principal: call.principal,
      firstSeen: call.firstSeen,
      lastSeen: call.lastSeen,
      unmapped: call.unmapped,
    }),
  };
}

export function callView(replayed: ReplayedCall, index: number): CallView {
  return {
    ...callFacts(replayed.call, index),
    decision: replayed.decision,
    ...definedFields({
      difference: replayed.difference,
      deciding: replayed.call.requests[replayed.decidingRequest ?? 0],
    }),
  };
}

const rowKey = (caller: string, action: string) => `${caller}\u0001${action}`;

/** The events of each row's calls that differ, and the differing calls (would-break first). */
export function replayView(result: ReplayResult, run: number, durationMs: number): ReplayView {
  const differingByRow = new Map<string, number>();
  const differing: ReplayedCall[] = [];
  const indexes = new Map<ReplayedCall, number>();
  result.calls.forEach((replayed, index) => {
    if (replayed.difference === undefined) return;
    differing.push(replayed);
    indexes.set(replayed, index);
    for (const action of new Set(replayed.call.requests.map((request) => request.action))) {
      const key = rowKey(replayed.call.caller, action);
      differingByRow.set(key, (differingByRow.get(key) ?? 0) + replayed.call.count);
    }
  });
  differing.sort(
    (a, b) =>
      Number(b.difference === 'would-break') - Number(a.difference === 'would-break') ||
      b.call.count - a.call.count,
  );
  return {
    run,
    summary: result.summary,
    rows: result.rows.map((row) => ({
      ...row,
      differing: differingByRow.get(rowKey(row.caller, row.action)) ?? 0,
    })),
    differing: differing
      .slice(0, MAX_DIFFERING)
      .map((replayed) => callView(replayed, indexes.get(replayed)!)),
    differingCalls: differing.length,
    decided: replayDecisions(result.calls),
    durationMs,
  };
}

const weight = ({ difference, decision }: ReplayedCall) =>
  (difference !== undefined ? 2 : 0) + (decision === 'allowed' ? 0 : 1);

/**
 * The calls of one row of the table (a caller and an action): those that differ first, then the
 * denied ones (what a click on the row is most likely about), the first `limit` of them.
 */
export function rowCalls(
  result: ReplayResult,
  caller: string,
  action: string,
  limit: number,
): { calls: CallView[]; total: number } {
  const found: { replayed: ReplayedCall; index: number }[] = [];
  result.calls.forEach((replayed, index) => {
    const { call } = replayed;
    if (call.caller === caller && call.requests.some((request) => request.action === action))
      found.push({ replayed, index });
  });
  found.sort(
    (a, b) =>
      weight(b.replayed) - weight(a.replayed) || b.replayed.call.count - a.replayed.call.count,
  );
  return {
    calls: found.slice(0, limit).map(({ replayed, index }) => callView(replayed, index)),
    total: found.length,
  };
}
