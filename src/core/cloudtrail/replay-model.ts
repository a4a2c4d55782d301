import type { Decision } from '../scenario/model.ts';
import type { MatchedStatement, UnevaluablePolicy } from '../engine/trace.ts';
import type { EventRequests } from './event-requests.ts';

/**
 * A distinct mapped call: events of one caller that needed the same requests (actions, resources
 * and the context that matters) and ended the same way, with how many there were and when. The
 * time of each event is not part of it: aws:CurrentTime and aws:EpochTime are left out of
 * `context` and of each request's context, and a replay decides the call at `lastSeen`.
 */
export interface MappedCall extends EventRequests {
  /** Who the call is counted under: a role session's role ARN, any other caller's principal. */
  caller: string;
  /** userIdentity.type */
  callerType: string;
  eventSource: string;
  eventName: string;
  /** The requests' resources; for an unmapped call, the resources[] CloudTrail recorded. */
  resources: string[];
  count: number;
  firstSeen?: string;
  lastSeen?: string;
  /** The first eventID seen for this call, to find the record again. */
  sampleEventId?: string;
}

/** How CloudTrail says a call ended, as far as authorization goes. */
export type RecordedOutcome = 'success' | 'denied' | 'error';

/** A call's simulated outcome: every request allowed, or the first that is not. */
export type ReplayDecision = Decision | 'unmapped';

/**
 * `would-break`: CloudTrail recorded success and the policies deny it; `allowed-but-denied`:
 * CloudTrail recorded an access-denied error and the policies allow it.
 */
export type ReplayDifference = 'would-break' | 'allowed-but-denied';

export interface ReplayedCall {
  call: MappedCall;
  decision: ReplayDecision;
  /** The index in `call.requests` of the request that decided a denial; absent when allowed. */
  decidingRequest?: number;
  /** The statements that decided it (of the deciding request when denied). */
  matchedStatements: MatchedStatement[];
  difference?: ReplayDifference;
  /** Policies that could not be read and applied to a request: the decision is not trusted. */
  unevaluable?: UnevaluablePolicy[];
}

/** One caller and action: how many events' requests for it were allowed or denied. */
export interface ReplayRow {
  caller: string;
  action: string;
  allowed: number;
  explicitDeny: number;
  implicitDeny: number;
  lastSeen?: string;
}

export interface ReplaySummary {
  events: number;
  replayed: number;
  unmapped: number;
  allowed: number;
  explicitDeny: number;
  implicitDeny: number;
  wouldBreak: number;
  allowedButDenied: number;
}

export interface ReplayResult {
  rows: ReplayRow[];
  calls: ReplayedCall[];
  summary: ReplaySummary;
}
