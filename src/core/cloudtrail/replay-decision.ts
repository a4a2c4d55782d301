import type { PreparedScenario } from '../engine/evaluate.ts';
import type { MatchedStatement, UnevaluablePolicy } from '../engine/trace.ts';
import type { Decision } from '../scenario/model.ts';
import { recordedOutcome } from './recorded-outcome.ts';
import type { MappedCall, ReplayedCall } from './replay-model.ts';
import { RequestDecisions } from './request-decisions.ts';

const RANK: Record<Decision, number> = { allowed: 0, implicitDeny: 1, explicitDeny: 2 };

/** The stronger of two decisions: an explicit deny over an implicit one over an allow. */
export function worse(a: Decision, b: Decision): Decision {
  return RANK[b] > RANK[a] ? b : a;
}

/** A replayed call, with the decision of each of its requests, in order. */
export interface DecidedCall {
  replayed: ReplayedCall;
  decisions: Decision[];
}

/** The statements of every request, each once, in the order first met. */
function distinctStatements(lists: MatchedStatement[][]): MatchedStatement[] {
  if (lists.length === 1) return lists[0]!;
  const seen = new Map<string, MatchedStatement>();
  for (const list of lists)
    for (const statement of list)
      seen.set(`${statement.policyId}\u0001${statement.statementIndex}`, statement);
  return [...seen.values()];
}

/**
 * Decides `call` as the policies would at its last time (the request context has no aws:CurrentTime
 * of its own): allowed when every request is allowed (so a call that needs no permission is), else
 * an explicit deny when any request is explicitly denied, else an implicit deny, by the first such
 * request. A call not mapped to actions, or whose caller could not be named, is not decided.
 */
export function decideCall(
  prepared: PreparedScenario,
  call: MappedCall,
  index: number,
  fallbackNow: Date,
  decisions: RequestDecisions = new RequestDecisions(prepared),
): DecidedCall {
  if (call.unmapped !== undefined || call.principal === undefined)
    return { replayed: { call, decision: 'unmapped', matchedStatements: [] }, decisions: [] };
  const seen = call.lastSeen !== undefined ? new Date(call.lastSeen) : fallbackNow;
  const now = Number.isNaN(seen.getTime()) ? fallbackNow : seen;
  const requestDecisions: Decision[] = [];
  const allowing: MatchedStatement[][] = [];
  const unevaluable: UnevaluablePolicy[] = [];
  let decision: Decision = 'allowed';
  let deciding: number | undefined;
  let decidingStatements: MatchedStatement[] = [];
  for (let at = 0; at < call.requests.length; at += 1) {
    const { action, resource, context } = call.requests[at]!;
    const result = decisions.decide(call.principal, action, resource, context, index, now);
    requestDecisions.push(result.decision);
    unevaluable.push(...result.unevaluable);
    if (result.decision === 'allowed') allowing.push(result.matchedStatements);
    else if (worse(decision, result.decision) !== decision) {
      decision = result.decision;
      deciding = at;
      decidingStatements = result.matchedStatements;
    }
  }
  const replayed: ReplayedCall = {
    call,
    decision,
    matchedStatements: decision === 'allowed' ? distinctStatements(allowing) : decidingStatements,
  };
  if (deciding !== undefined) replayed.decidingRequest = deciding;
  if (unevaluable.length > 0)
    replayed.unevaluable = [...new Map(unevaluable.map((p) => [p.policyId, p])).values()];
  const outcome = recordedOutcome(call.recorded);
  if (outcome === 'success' && decision !== 'allowed') replayed.difference = 'would-break';
  else if (outcome === 'denied' && decision === 'allowed')
    replayed.difference = 'allowed-but-denied';
  return { replayed, decisions: requestDecisions };
}
