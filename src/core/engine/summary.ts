import type { Decision } from '../scenario/model.ts';
import type { SimulationSummary } from './trace.ts';

/** What a summary counts of a request's result. */
interface Counted {
  decision: Decision;
  pass?: boolean;
}

export function emptySummary(): SimulationSummary {
  return { requests: 0, allowed: 0, explicitDeny: 0, implicitDeny: 0, failedExpectations: 0 };
}

/** Counts one more result into `summary`, as they come (the command line streams its results). */
export function countResult(summary: SimulationSummary, result: Counted): void {
  summary.requests += 1;
  summary[result.decision] += 1;
  if (result.pass === false) summary.failedExpectations += 1;
}

export function summarize(results: readonly Counted[]): SimulationSummary {
  const summary = emptySummary();
  for (const result of results) countResult(summary, result);
  return summary;
}
