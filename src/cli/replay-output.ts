import type { ReplayedCall, ReplayResult } from '../core/index.ts';

/** Entries written to standard output at once. */
const BATCH = 2048;

function difference({ call, decision, difference, matchedStatements }: ReplayedCall): string {
  return JSON.stringify({
    eventID: call.sampleEventId ?? null,
    principal: call.principal ?? null,
    eventSource: call.eventSource,
    eventName: call.eventName,
    actions: call.actions,
    resources: call.resources,
    recorded: call.recorded,
    simulated: decision,
    difference,
    count: call.count,
    firstSeen: call.firstSeen ?? null,
    lastSeen: call.lastSeen ?? null,
    matchedStatements: matchedStatements.map(({ policyId, statementIndex, sid, effect }) => ({
      policyId,
      statementIndex,
      ...(sid !== undefined && { sid }),
      effect,
    })),
  });
}

interface Unmapped {
  eventSource: string;
  eventName: string;
  count: number;
  reason: string;
}

/** The calls not decided, by service, operation and reason, with their events counted. */
function unmappedCalls(calls: readonly ReplayedCall[]): Unmapped[] {
  const grouped = new Map<string, Unmapped>();
  for (const { call, decision } of calls) {
    if (decision !== 'unmapped') continue;
    const reason = call.unmapped ?? call.principalUnresolved ?? 'no principal';
    const key = `${call.eventSource}\u0001${call.eventName}\u0001${reason}`;
    const entry = grouped.get(key);
    if (entry) entry.count += call.count;
    else grouped.set(key, { ...call, reason, count: call.count });
  }
  return [...grouped.values()].map(({ eventSource, eventName, count, reason }) => ({
    eventSource,
    eventName,
    count,
    reason,
  }));
}

/** Writes `items` as the elements of a JSON array, a batch at a time. */
function writeArray<T>(
  write: (text: string) => void,
  items: Iterable<T>,
  text: (item: T) => string,
) {
  write('[');
  let batch: string[] = [];
  let first = true;
  const flush = () => {
    if (batch.length === 0) return;
    write(`${first ? '' : ','}${batch.join(',')}`);
    first = false;
    batch = [];
  };
  for (const item of items) {
    batch.push(text(item));
    if (batch.length === BATCH) flush();
  }
  flush();
  write(']');
}

function* differing(calls: readonly ReplayedCall[]): Iterable<ReplayedCall> {
  for (const call of calls) if (call.difference !== undefined) yield call;
}

/** The replay as the `replay` command prints it (see "replay" in docs/scenario-format.md). */
export function writeReplay(write: (text: string) => void, result: ReplayResult): void {
  write('{"replay":');
  writeArray(
    write,
    result.rows,
    ({ caller, action, allowed, explicitDeny, implicitDeny, lastSeen }) =>
      JSON.stringify({
        principal: caller,
        action,
        allowed,
        explicitDeny,
        implicitDeny,
        lastSeen: lastSeen ?? null,
      }),
  );
  write(',"differences":');
  writeArray(write, differing(result.calls), difference);
  write(',"unmapped":');
  writeArray(write, unmappedCalls(result.calls), (entry) => JSON.stringify(entry));
  write(`,"summary":${JSON.stringify(result.summary)}}\n`);
}
