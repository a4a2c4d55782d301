import { memo } from 'react';
import type { DiffRun } from '../../../store/diff-slice.ts';
import { buttonClass } from '../simulator/classes.ts';
import type { ExampleActions } from './DiffExample.tsx';
import { ExampleSection } from './ExampleSection.tsx';
import { VERDICTS } from './verdicts.ts';

interface DiffFindingsProps {
  run: DiffRun | undefined;
  oldLabel: string;
  actions: ExampleActions;
  onCancel(): void;
}

/** What the diff found: its answer, why it may not be exhaustive, and the example requests. */
export const DiffFindings = memo(function DiffFindings({
  run,
  oldLabel,
  actions,
  onCancel,
}: DiffFindingsProps) {
  const result = run?.result;
  const running = run === undefined || run.status === 'running';
  return (
    <section
      aria-label="What changed"
      aria-busy={running}
      className="flex min-h-0 flex-col gap-3 overflow-y-auto p-3 text-xs text-zinc-800 dark:text-zinc-200"
    >
      <div role="status" aria-label="Comparison" className="flex flex-wrap items-center gap-2">
        {running && (
          <>
            <span>Comparing…</span>
            <button type="button" className={buttonClass} onClick={onCancel}>
              Cancel
            </button>
          </>
        )}
        {run?.status === 'cancelled' && (
          <span>Comparison cancelled; edit either side to compare again.</span>
        )}
        {run?.status === 'failed' && (
          <span className="text-red-700 dark:text-red-300">The comparison failed: {run.error}</span>
        )}
        {result && (
          <>
            <span
              data-verdict={result.result}
              className={`rounded px-2 py-0.5 font-semibold ${VERDICTS[result.result].className} ${running ? 'opacity-60' : ''}`}
            >
              {VERDICTS[result.result].label}
            </span>
            <span className="text-zinc-500 dark:text-zinc-400">
              {result.requestsChecked.toLocaleString('en-US')} requests decided against both
            </span>
          </>
        )}
      </div>
      {result && result.unknown.length > 0 && (
        <section aria-label="Not decided" className="flex flex-col gap-1">
          <h3 className="font-semibold">Not decided</h3>
          <ul className="list-disc pl-4">
            {result.unknown.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </section>
      )}
      {result && (
        <>
          <ExampleSection
            title="New access"
            findings={result.newAccess}
            oldLabel={oldLabel}
            actions={actions}
          />
          <ExampleSection
            title="Removed access"
            findings={result.removedAccess}
            oldLabel={oldLabel}
            actions={actions}
          />
        </>
      )}
    </section>
  );
});
