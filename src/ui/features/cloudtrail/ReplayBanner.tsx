import type { ReplayView } from '../../../analysis/cloudtrail-replay.ts';
import { CallsPanel } from './CallsPanel.tsx';
import { counted } from './counts.ts';

/**
 * What the policies would change about the calls CloudTrail recorded: calls that succeeded and
 * would now be denied ("this change would break N calls"), and denied ones now allowed.
 */
export function ReplayBanner({ view }: { view: ReplayView }) {
  const { wouldBreak, allowedButDenied } = view.summary;
  if (wouldBreak === 0 && allowedButDenied === 0)
    return (
      <p
        role="status"
        aria-label="Replay outcome"
        data-duration-ms={view.durationMs.toFixed(0)}
        className="rounded border border-green-300 bg-green-50 px-3 py-2 text-xs text-green-900 dark:border-green-800 dark:bg-green-950/40 dark:text-green-200"
      >
        Every call replayed ends as CloudTrail recorded it: these policies break none of them.
      </p>
    );
  return (
    <section
      aria-label="Differences from CloudTrail"
      className="flex flex-col gap-2 rounded border border-red-300 bg-red-50/60 px-3 py-2 dark:border-red-800 dark:bg-red-950/30"
    >
      <p
        role="status"
        aria-label="Replay outcome"
        data-duration-ms={view.durationMs.toFixed(0)}
        className="text-sm font-medium text-red-900 dark:text-red-200"
      >
        {wouldBreak > 0 &&
          `These policies would break ${counted(wouldBreak, 'call', 'calls')} that succeeded`}
        {wouldBreak > 0 && allowedButDenied > 0 && '; '}
        {allowedButDenied > 0 &&
          `${counted(allowedButDenied, 'call', 'calls')} that AWS denied would now be allowed`}
        .
      </p>
      <CallsPanel
        // Calls chosen among those of an older replay may no longer differ.
        key={view.run}
        label="Calls that differ"
        calls={view.differing}
        total={view.differingCalls}
        run={view.run}
      />
    </section>
  );
}
