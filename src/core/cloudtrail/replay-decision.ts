import { decideRequest, type PreparedScenario } from '../engine/evaluate.ts';
import type { MatchedStatement, UnevaluablePolicy } from '../engine/trace.ts';
import type { Decision } from '../scenario/model.ts';
import { recordedOutcome } from './recorded-outcome.ts';
import type { MappedCall, ReplayedCall } from './replay-model.ts';

const RANK: Record<Decision, number> = { allowed: 0, implicitDeny: 1, explicitDeny: 2 };

/** The stronger of two decisions: an explicit deny over an implicit one over an allow. */
export function worse(a: Decision, b: Decision): Decision {
  return RANK[b] > RANK[a] ? b : a;
}

/** A replayed call, with each of its actions' decision (the worst of that action's requests). */
export interface DecidedCall {
  replayed: ReplayedCall;
  actions: Map<string, Decision>;
}

function statementKey(statement: MatchedStatement): string {
  return `${statement.policyId}\u0001${statement.statementIndex}`;
}

/**
 * Decides `call` as the policies would at its last time (the request context has no aws:CurrentTime
 * of its own): allowed when every request is allowed (so a call that needs no permission is), else
 * an explicit deny when any request is explicitly denied, else an implicit deny. A call not mapped
 * to actions, or whose caller could not be named, is not decided.
 */
export function decideCall(
  prepared: PreparedScenario,
  call: MappedCall,
  index: number,
  fallbackNow: Date,
): DecidedCall {
  const actions = new Map<string, Decision>();
  if (call.unmapped !== undefined || call.principal === undefined)
    return { replayed: { call, decision: 'unmapped', matchedStatements: [] }, actions };
  const seen = call.lastSeen !== undefined ? new Date(call.lastSeen) : fallbackNow;
  const now = Number.isNaN(seen.getTime()) ? fallbackNow : seen;
  let decision: Decision = 'allowed';
  let deciding: number | undefined;
  let decidingStatements: MatchedStatement[] = [];
  const allowing = new Map<string, MatchedStatement>();
  const unevaluable = new Map<string, UnevaluablePolicy>();
  call.requests.forEach((request, at) => {
    const result = decideRequest(
      prepared,
      {
        principal: call.principal!,
        action: request.action,
        resource: request.resource,
        context: request.context,
      },
      index,
      { now },
    );
    for (const policy of result.unevaluable) unevaluable.set(policy.policyId, policy);
    actions.set(request.action, worse(actions.get(request.action) ?? 'allowed', result.decision));
    if (result.decision === 'allowed') {
      for (const statement of result.matchedStatements)
        allowing.set(statementKey(statement), statement);
    } else if (worse(decision, result.decision) !== decision) {
      decision = result.decision;
      deciding = at;
      decidingStatements = result.matchedStatements;
    }
  });
  const replayed: ReplayedCall = {
    call,
    decision,
    matchedStatements: decision === 'allowed' ? [...allowing.values()] : decidingStatements,
  };
  if (deciding !== undefined) replayed.decidingRequest = deciding;
  if (unevaluable.size > 0) replayed.unevaluable = [...unevaluable.values()];
  const outcome = recordedOutcome(call.recorded);
  if (outcome === 'success' && decision !== 'allowed') replayed.difference = 'would-break';
  else if (outcome === 'denied' && decision === 'allowed')
    replayed.difference = 'allowed-but-denied';
  return { replayed, actions };
}
