import type { CallView } from '../../../analysis/cloudtrail-replay.ts';
import { DecisionBadge } from '../simulator/DecisionBadge.tsx';
import { counted } from './counts.ts';

const DIFFERENCES = {
  'would-break': 'succeeded in CloudTrail, denied now',
  'allowed-but-denied': 'denied in CloudTrail, allowed now',
} as const;

/** What CloudTrail recorded and what the policies decide now. */
export function CallOutcome({ call }: { call: CallView }) {
  return (
    <span className="flex flex-wrap items-center gap-1.5">
      <span className="text-zinc-500 dark:text-zinc-400">
        recorded {call.recorded === 'success' ? 'success' : call.recorded}
      </span>
      {call.decision === 'unmapped' ? (
        <span className="text-zinc-500">not replayed</span>
      ) : (
        <DecisionBadge decision={call.decision} />
      )}
      {call.difference && (
        <span className="font-semibold text-red-700 dark:text-red-400">
          {DIFFERENCES[call.difference]}
        </span>
      )}
    </span>
  );
}

/**
 * Distinct calls, each with a box to choose it (for "Add as requests") and a button that explains
 * its decision. Everything shown is text from the logs, rendered as text.
 */
export function CallList({
  label,
  calls,
  chosen,
  onChoose,
  explained,
  onExplain,
}: {
  label: string;
  calls: readonly CallView[];
  chosen: ReadonlySet<number>;
  onChoose(index: number, chosen: boolean): void;
  explained?: number | undefined;
  onExplain(call: CallView): void;
}) {
  return (
    <ul
      aria-label={label}
      className="flex flex-col divide-y divide-zinc-200 text-xs dark:divide-zinc-800"
    >
      {calls.map((call) => (
        <li
          key={call.index}
          data-testid="cloudtrail-call"
          aria-current={explained === call.index ? 'true' : undefined}
          className={`flex items-start gap-2 px-1 py-1 ${explained === call.index ? 'bg-sky-50 dark:bg-sky-950/40' : ''}`}
        >
          <input
            type="checkbox"
            aria-label={`Choose ${call.eventName} by ${call.caller}`}
            checked={chosen.has(call.index)}
            onChange={(event) => onChoose(call.index, event.target.checked)}
            className="mt-0.5"
          />
          <button
            type="button"
            onClick={() => onExplain(call)}
            className="flex min-w-0 flex-1 flex-col items-start gap-0.5 text-left hover:underline focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-sky-500"
          >
            <span className="font-mono">
              {call.eventSource.replace(/\.amazonaws\.com$/, '')} {call.eventName}
              {call.deciding && ` → ${call.deciding.action} on ${call.deciding.resource}`}
            </span>
            <span className="truncate font-mono text-[11px] text-zinc-500 dark:text-zinc-400">
              {call.caller} · {counted(call.count, 'event', 'events')}
              {call.lastSeen && `, last ${call.lastSeen}`}
            </span>
          </button>
          <CallOutcome call={call} />
        </li>
      ))}
    </ul>
  );
}
