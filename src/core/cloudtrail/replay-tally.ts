import type { Decision } from '../scenario/model.ts';
import { worse, type DecidedCall } from './replay-decision.ts';
import type { ReplayRow, ReplaySummary } from './replay-model.ts';

export function emptyReplaySummary(): ReplaySummary {
  return {
    events: 0,
    replayed: 0,
    unmapped: 0,
    allowed: 0,
    explicitDeny: 0,
    implicitDeny: 0,
    wouldBreak: 0,
    allowedButDenied: 0,
  };
}

/** Rows by caller and action and the summary, counted in events (each call weighs its count). */
export class ReplayTally {
  readonly summary = emptyReplaySummary();
  /** Rows by caller, then action: no key text made per call. */
  private readonly rows = new Map<string, Map<string, ReplayRow>>();

  add({ replayed, decisions }: DecidedCall): void {
    const { call, decision } = replayed;
    const { summary } = this;
    summary.events += call.count;
    if (decision === 'unmapped') {
      summary.unmapped += call.count;
      return;
    }
    summary.replayed += call.count;
    summary[decision] += call.count;
    if (replayed.difference === 'would-break') summary.wouldBreak += call.count;
    if (replayed.difference === 'allowed-but-denied') summary.allowedButDenied += call.count;
    const { requests } = call;
    if (requests.length === 1) {
      this.count(call.caller, requests[0]!.action, decisions[0]!, call);
      return;
    }
    // Each action once, with the worst decision of its requests.
    const actions = new Map<string, Decision>();
    requests.forEach(({ action }, at) =>
      actions.set(action, worse(actions.get(action) ?? 'allowed', decisions[at]!)),
    );
    for (const [action, actionDecision] of actions)
      this.count(call.caller, action, actionDecision, call);
  }

  private count(
    caller: string,
    action: string,
    decision: Decision,
    call: DecidedCall['replayed']['call'],
  ): void {
    let byAction = this.rows.get(caller);
    if (!byAction) {
      byAction = new Map();
      this.rows.set(caller, byAction);
    }
    let row = byAction.get(action);
    if (!row) {
      row = { caller, action, allowed: 0, explicitDeny: 0, implicitDeny: 0 };
      byAction.set(action, row);
    }
    row[decision] += call.count;
    if (call.lastSeen !== undefined && (row.lastSeen === undefined || call.lastSeen > row.lastSeen))
      row.lastSeen = call.lastSeen;
  }

  /** The rows by caller, then action. */
  list(): ReplayRow[] {
    return [...this.rows.values()]
      .flatMap((byAction) => [...byAction.values()])
      .sort((a, b) => a.caller.localeCompare(b.caller) || a.action.localeCompare(b.action));
  }
}
