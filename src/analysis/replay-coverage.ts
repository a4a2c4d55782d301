import type { CoverageDecision, ReplayedCall } from '../core/index.ts';

/** What statement coverage needs of a replay, small enough to send to the page with its view. */
export interface ReplayCoverageDecision extends CoverageDecision {
  readonly matchedStatements: { policyId: string; statementIndex: number }[];
  /** The events of the calls decided by these statements. */
  count: number;
}

/**
 * The deciding statements of the replayed calls, the calls decided by the same statements counted
 * together by their events: a few entries for millions of events. Calls that map to no request
 * were not decided and are left out.
 */
export function replayDecisions(calls: readonly ReplayedCall[]): ReplayCoverageDecision[] {
  const decided = new Map<string, ReplayCoverageDecision>();
  for (const { call, decision, matchedStatements } of calls) {
    if (decision === 'unmapped') continue;
    const key = matchedStatements
      .map(({ policyId, statementIndex }) => `${policyId}\u0001${statementIndex}`)
      .join('\u0002');
    const known = decided.get(key);
    if (known) known.count += call.count;
    else
      decided.set(key, {
        matchedStatements: matchedStatements.map(({ policyId, statementIndex }) => ({
          policyId,
          statementIndex,
        })),
        count: call.count,
      });
  }
  return [...decided.values()];
}
