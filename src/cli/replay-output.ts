import type { ReplayedCall, ReplayStreamResult } from '../core/index.ts';

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

/** The replay as the `replay` command prints it (see "replay" in docs/scenario-format.md). */
export function writeReplay(write: (text: string) => void, report: ReplayStreamResult): void {
  write('{"replay":');
  writeArray(
    write,
    report.rows,
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
  writeArray(write, report.differences, difference);
  write(',"unmapped":');
  writeArray(write, report.unmapped, (entry) => JSON.stringify(entry));
  write(`,"summary":${JSON.stringify(report.summary)}}\n`);
}
