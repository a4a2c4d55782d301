import type { PreparedScenario } from '../engine/evaluate.ts';
import type { EventRequests } from './event-requests.ts';
import { MappedCallAggregate, mappedCall, mappedCallKey } from './mapped-calls.ts';
import { widenSeen } from './seen-times.ts';
import type { CloudTrailEvent } from './model.ts';
import type { MappedCall, ReplayedCall, ReplayRow, ReplaySummary } from './replay-model.ts';
import { decideCall } from './replay-decision.ts';
import { replayCalls } from './replay.ts';
import { ReplayTally } from './replay-tally.ts';
import { RequestDecisions } from './request-decisions.ts';

/** Distinct calls held at most: more are replayed a portion at a time, so memory stays bounded. */
const PORTION = 10_000;

export interface UnmappedCalls {
  eventSource: string;
  eventName: string;
  count: number;
  reason: string;
}

export interface ReplayStreamResult {
  rows: ReplayRow[];
  differences: ReplayedCall[];
  unmapped: UnmappedCalls[];
  summary: ReplaySummary;
}

function merge(into: MappedCall, from: MappedCall): void {
  into.count += from.count;
  widenSeen(into, from);
}

/** Whether some policy of the scenario or its account may read the time of a request. */
function readsTime(prepared: PreparedScenario): boolean {
  const text = JSON.stringify(prepared.scenario).toLowerCase();
  return text.includes('aws:currenttime') || text.includes('aws:epochtime');
}

/**
 * A replay fed event by event: events are aggregated into distinct calls and, once PORTION of them
 * are held, those are replayed and only their counts, the calls that differ from what CloudTrail
 * recorded and the unmapped ones are kept. A call met again in a later portion is decided again at
 * that portion's last time, and merged with itself among the differences. When no policy reads the
 * time, a call is decided alike at any time: each event is then decided as it comes (each request
 * once, RequestDecisions), which counts the same without holding the calls.
 */
export class ReplayStream {
  private readonly aggregate = new MappedCallAggregate();
  private readonly tally = new ReplayTally();
  private readonly differences = new Map<string, ReplayedCall>();
  private readonly unmapped = new Map<string, UnmappedCalls>();
  private readonly decisions: RequestDecisions;
  private readonly timed: boolean;
  private readonly now = new Date();
  private events = 0;

  constructor(
    private readonly prepared: PreparedScenario,
    private readonly portion = PORTION,
  ) {
    this.decisions = new RequestDecisions(prepared);
    this.timed = readsTime(prepared);
  }

  add(requests: EventRequests, event: CloudTrailEvent): void {
    if (!this.timed) {
      this.decideNow(requests, event);
      return;
    }
    this.aggregate.add(requests, event);
    if (this.aggregate.size >= this.portion) this.replayHeld();
  }

  private decideNow(requests: EventRequests, event: CloudTrailEvent): void {
    const call = mappedCall(requests, event, false);
    const decided = decideCall(this.prepared, call, this.events, this.now, this.decisions);
    this.events += 1;
    this.tally.add(decided);
    const entry = decided.replayed;
    if (entry.decision === 'unmapped') this.countUnmapped(call);
    if (entry.difference === undefined) return;
    const key = mappedCallKey(requests, event);
    const known = this.differences.get(key);
    if (known) merge(known.call, call);
    else this.differences.set(key, { ...entry, call: mappedCall(requests, event) });
  }

  private replayHeld(): void {
    const held = this.aggregate.entries();
    const calls = held.map(([, call]) => call);
    const replayed = replayCalls(this.prepared, calls, {
      tally: this.tally,
      decisions: this.decisions,
    }).calls;
    this.aggregate.clear();
    replayed.forEach((entry, at) => {
      const { call } = entry;
      if (entry.decision === 'unmapped') this.countUnmapped(call);
      if (entry.difference === undefined) return;
      const key = held[at]![0];
      const known = this.differences.get(key);
      if (known) merge(known.call, call);
      else this.differences.set(key, entry);
    });
  }

  private countUnmapped(call: MappedCall): void {
    const reason = call.unmapped ?? call.principalUnresolved ?? 'no principal';
    const key = `${call.eventSource}\u0001${call.eventName}\u0001${reason}`;
    const known = this.unmapped.get(key);
    if (known) known.count += call.count;
    else
      this.unmapped.set(key, {
        eventSource: call.eventSource,
        eventName: call.eventName,
        count: call.count,
        reason,
      });
  }

  /** Replays what is still held and gives the whole replay. */
  finish(): ReplayStreamResult {
    this.replayHeld();
    return {
      rows: this.tally.list(),
      differences: [...this.differences.values()],
      unmapped: [...this.unmapped.values()],
      summary: this.tally.summary,
    };
  }
}
