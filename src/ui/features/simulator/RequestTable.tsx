import { type ScenarioRequest } from '../../../core/index.ts';
import type { RequestOutcome } from '../../../analysis/simulation.ts';
import { useStudio, useStudioActions } from '../../../store/store.ts';
import { iconButtonClass } from './classes.ts';
import { DecisionBadge, ExpectationBadge } from './DecisionBadge.tsx';

interface RequestTableProps {
  requests: ScenarioRequest[];
  outcomes: Map<string, RequestOutcome>;
  selected: number | null;
  onSelect(index: number): void;
}

/** One row per request: what it asks, its decision and whether it met its expectation. */
export function RequestTable({ requests, outcomes, selected, onSelect }: RequestTableProps) {
  const { duplicateRequest, deleteRequest, moveRequest } = useStudioActions();
  const readOnly = useStudio((s) => s.readOnly);
  return (
    <ol aria-label="Requests" className="divide-y divide-zinc-200 dark:divide-zinc-800">
      {requests.map((request, index) => {
        const outcome = outcomes.get(request.id ?? String(index));
        const isSelected = index === selected;
        const name = `Request ${index + 1}: ${request.action} on ${request.resource}`;
        return (
          <li
            key={index}
            aria-label={name}
            aria-current={isSelected ? 'true' : undefined}
            data-testid="request-row"
            className={`group flex items-center gap-1 px-2 py-1 ${isSelected ? 'bg-sky-50 dark:bg-sky-950/40' : ''}`}
          >
            <button
              type="button"
              onClick={() => onSelect(index)}
              className="flex min-w-0 flex-1 flex-col items-start gap-0.5 text-left focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-sky-500"
            >
              <span className="flex w-full items-center gap-1.5">
                <span className="text-[11px] text-zinc-400 tabular-nums">{index + 1}</span>
                <span className="truncate font-mono text-xs">
                  {request.action || '(no action)'}
                </span>
              </span>
              <span className="w-full truncate pl-4 font-mono text-[11px] text-zinc-500 dark:text-zinc-400">
                {request.resource || '(no resource)'}
              </span>
            </button>
            {outcome && <DecisionBadge decision={outcome.decision} />}
            {outcome?.expect !== undefined && outcome.pass !== undefined && (
              <ExpectationBadge pass={outcome.pass} expect={outcome.expect} />
            )}
            {!readOnly && (
              <span className="flex shrink-0 opacity-60 group-hover:opacity-100">
                <button
                  type="button"
                  className={iconButtonClass}
                  aria-label={`Move request ${index + 1} up`}
                  disabled={index === 0}
                  onClick={() => moveRequest(index, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className={iconButtonClass}
                  aria-label={`Move request ${index + 1} down`}
                  disabled={index === requests.length - 1}
                  onClick={() => moveRequest(index, 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className={iconButtonClass}
                  aria-label={`Duplicate request ${index + 1}`}
                  onClick={() => duplicateRequest(index)}
                >
                  ⧉
                </button>
                <button
                  type="button"
                  className={iconButtonClass}
                  aria-label={`Delete request ${index + 1}`}
                  onClick={() => deleteRequest(index)}
                >
                  ✕
                </button>
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
