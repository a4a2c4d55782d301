import { useState } from 'react';
import type { CallView } from '../../../analysis/cloudtrail-replay.ts';
import { useStudio, useStudioActions } from '../../../store/store.ts';
import { buttonClass } from '../simulator/classes.ts';
import { requestsOfCalls } from './call-requests.ts';
import { CallExplanation } from './CallExplanation.tsx';
import { CallList } from './CallList.tsx';
import { counted } from './counts.ts';

/** Calls listed at first, and added by each "Show more": a long list would hold the page. */
const PAGE = 50;

/**
 * Calls to look at: each one clicked is explained, and those chosen go into the simulator's
 * request table ("Add as requests"), where they stay to be edited and tried against new policies.
 */
export function CallsPanel({
  label,
  calls,
  total,
  run,
  explainFirst = false,
}: {
  label: string;
  calls: readonly CallView[];
  total: number;
  run: number;
  /** Explains the first call at once (a row's calls come most telling first). */
  explainFirst?: boolean;
}) {
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set());
  const [explained, setExplained] = useState(explainFirst ? calls[0]?.index : undefined);
  const [added, setAdded] = useState<string>();
  const [shown, setShown] = useState(PAGE);
  const readOnly = useStudio((s) => s.readOnly);
  const actions = useStudioActions();
  const choose = (index: number, on: boolean) =>
    setChosen((before) => {
      const next = new Set(before);
      if (on) next.add(index);
      else next.delete(index);
      return next;
    });
  const add = () => {
    const requests = requestsOfCalls(calls.filter((call) => chosen.has(call.index)));
    for (const request of requests) actions.addRequest(request);
    actions.setSimulatorView('requests');
    setAdded(`Added ${counted(requests.length, 'request', 'requests')} to the simulator.`);
  };
  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <span className="text-zinc-600 dark:text-zinc-400">
          {calls.length < total
            ? `The first ${calls.length.toLocaleString('en-US')} of ${counted(total, 'call', 'calls')}`
            : counted(total, 'call', 'calls')}
          ; click one to see why.
        </span>
        <button
          type="button"
          className={buttonClass}
          disabled={chosen.size === 0 || readOnly}
          onClick={add}
        >
          Add as requests
        </button>
        <button
          type="button"
          className={buttonClass}
          onClick={() => setChosen(new Set(calls.slice(0, shown).map((call) => call.index)))}
        >
          Choose all
        </button>
        {added !== undefined && (
          <span role="status" className="text-green-700 dark:text-green-400">
            {added}
          </span>
        )}
      </div>
      <div className="max-h-56 overflow-auto rounded border border-zinc-200 dark:border-zinc-800">
        <CallList
          label={label}
          calls={calls.slice(0, shown)}
          chosen={chosen}
          onChoose={choose}
          explained={explained}
          onExplain={(call) => setExplained(call.index)}
        />
        {calls.length > shown && (
          <button
            type="button"
            className="px-2 py-1 text-xs text-zinc-600 hover:underline dark:text-zinc-400"
            onClick={() => setShown((before) => before + PAGE)}
          >
            Show {Math.min(PAGE, calls.length - shown)} more
          </button>
        )}
      </div>
      {explained !== undefined && <CallExplanation run={run} call={explained} />}
    </div>
  );
}
