import { useEffect, useState } from 'react';
import { policyModelUri, watchMarkers, type MarkerSummary } from '../../monaco/index.ts';
import { AlertIcon, CheckCircleIcon } from '../../components/icons.tsx';

/** "No problems" or the count of Monaco markers on the policy, updated as the user types. */
export function ProblemsStatus({ policyId }: { policyId: string }) {
  const [markers, setMarkers] = useState<MarkerSummary[]>([]);
  useEffect(() => watchMarkers(policyModelUri(policyId), setMarkers), [policyId]);

  const problems = markers.filter((m) => m.severity === 'error' || m.severity === 'warning');
  if (problems.length === 0) {
    return (
      <span
        role="status"
        aria-label="Problems"
        className="flex items-center gap-1 text-xs text-emerald-700 dark:text-emerald-400"
      >
        <CheckCircleIcon className="size-3.5" />
        No problems
      </span>
    );
  }
  return (
    <span
      role="status"
      aria-label="Problems"
      className="flex items-center gap-1 text-xs text-red-700 dark:text-red-400"
    >
      <AlertIcon className="size-3.5" />
      {problems.length === 1 ? '1 problem' : `${problems.length} problems`}
    </span>
  );
}
