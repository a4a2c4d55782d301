import type { PreparedScenario } from '../engine/evaluate.ts';
import { decideCall } from './replay-decision.ts';
import type { MappedCall, ReplayedCall, ReplayResult } from './replay-model.ts';
import { ReplayTally } from './replay-tally.ts';
import { RequestDecisions } from './request-decisions.ts';

export interface ReplayProgress {
  done: number;
  total: number;
}

export interface ReplayOptions {
  /** The time a call with no recorded time is decided at; by default, now. */
  now?: Date;
  /**
   * Where the rows and summary are counted: a reader that replays its calls a portion at a time
   * gives each portion the same tally, and the result's rows and summary are of every portion.
   */
  tally?: ReplayTally;
  /** Requests already decided against the same policies, kept by a reader across its portions. */
  decisions?: RequestDecisions;
}

export interface ReplayCallsOptions extends ReplayOptions {
  signal?: AbortSignal;
  onProgress?(done: number, total: number): void;
}

/** Calls decided between two progress reports. */
const STEP = 500;

/**
 * Replays distinct calls against the prepared policies: each decided once (decideCall), the
 * differences with what CloudTrail recorded, the rows by caller and action and the summary,
 * counted in events. Yields the progress every few hundred calls, so that a worker can report it
 * and stop between two; returns the result, its calls in the order given.
 */
export function* replaying(
  prepared: PreparedScenario,
  calls: readonly MappedCall[],
  options: ReplayOptions = {},
): Generator<ReplayProgress, ReplayResult> {
  const now = options.now ?? new Date();
  const tally = options.tally ?? new ReplayTally();
  const decisions = options.decisions ?? new RequestDecisions(prepared);
  const replayed: ReplayedCall[] = [];
  for (let index = 0; index < calls.length; index += 1) {
    const decided = decideCall(prepared, calls[index]!, index, now, decisions);
    tally.add(decided);
    replayed.push(decided.replayed);
    if ((index + 1) % STEP === 0) yield { done: index + 1, total: calls.length };
  }
  return { rows: tally.list(), calls: replayed, summary: tally.summary };
}

/** replaying run to the end, reporting progress and stopping with an error when `signal` aborts. */
export function replayCalls(
  prepared: PreparedScenario,
  calls: readonly MappedCall[],
  options: ReplayCallsOptions = {},
): ReplayResult {
  const run = replaying(prepared, calls, options);
  for (;;) {
    options.signal?.throwIfAborted();
    const step = run.next();
    if (step.done) return step.value;
    options.onProgress?.(step.value.done, step.value.total);
  }
}
