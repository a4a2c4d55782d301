import { useEffect, useState } from 'react';
import { policyModelUri, watchMarkers, type MarkerSummary } from '../../monaco/index.ts';
import { AlertIcon, CheckCircleIcon } from '../../components/icons.tsx';

interface ProblemsStatusProps {
  policyId: string;
  /** Whether the findings panel is open. */
  expanded: boolean;
  onToggle: () => void;
}

/**
 * "No problems" or the count of error and warning markers on the policy, updated as the user
 * types; a button that opens and closes the findings panel.
 */
export function ProblemsStatus({ policyId, expanded, onToggle }: ProblemsStatusProps) {
  const [markers, setMarkers] = useState<MarkerSummary[]>([]);
  useEffect(() => watchMarkers(policyModelUri(policyId), setMarkers), [policyId]);

  const problems = markers.filter((m) => m.severity === 'error' || m.severity === 'warning');
  const errors = problems.some((m) => m.severity === 'error');
  const tone =
    problems.length === 0
      ? 'text-emerald-700 dark:text-emerald-400'
      : errors
        ? 'text-red-700 dark:text-red-400'
        : 'text-amber-700 dark:text-amber-400';
  return (
    <button
      type="button"
      aria-expanded={expanded}
      aria-label="Findings"
      title={expanded ? 'Hide the findings' : 'Show the findings'}
      onClick={onToggle}
      className={`flex items-center gap-1 rounded px-1.5 py-0.5 text-xs hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-sky-500 dark:hover:bg-zinc-800 ${tone}`}
    >
      {problems.length === 0 ? (
        <CheckCircleIcon className="size-3.5" />
      ) : (
        <AlertIcon className="size-3.5" />
      )}
      <span role="status" aria-label="Problems">
        {problems.length === 0
          ? 'No problems'
          : problems.length === 1
            ? '1 problem'
            : `${problems.length} problems`}
      </span>
    </button>
  );
}
