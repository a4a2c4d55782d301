import type { ReplayedCall, ReplayStreamResult } from '../core/index.ts';
import { jsonArrayWriter } from './json-array-writer.ts';

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
  const array = jsonArrayWriter(write);
  for (const item of items) array.add(text(item));
  array.end();
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
