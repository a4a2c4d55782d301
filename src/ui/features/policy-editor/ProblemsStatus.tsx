import { useMemo } from 'react';
import { AlertIcon, CheckCircleIcon } from '../../components/icons.tsx';
import { countLabel, groupBySeverity, type SeverityGroup } from '../findings/finding-groups.ts';
import { usePolicyFindings } from '../findings/use-policy-findings.ts';

interface ProblemsStatusProps {
  policyId: string;
  /** Whether the findings panel is open. */
  expanded: boolean;
  onToggle: () => void;
}

/** Errors and (security) warnings are problems; suggestions are counted apart, as in the panel. */
function summaryOf(groups: readonly SeverityGroup[]): { problems: number; text: string } {
  let problems = 0;
  let suggestions = 0;
  for (const group of groups) {
    if (group.severity === 'suggestion') suggestions += group.findings.length;
    else problems += group.findings.length;
  }
  const problemText =
    problems === 0 ? 'No problems' : problems === 1 ? '1 problem' : `${problems} problems`;
  const text =
    suggestions === 0 ? problemText : `${problemText}, ${countLabel('suggestion', suggestions)}`;
  return { problems, text };
}

/**
 * The count of the policy's findings, from the same findings and grouping as the findings panel
 * (so the two always agree), "Checking…" until the first lint of the policy; a button that opens
 * and closes the panel.
 */
export function ProblemsStatus({ policyId, expanded, onToggle }: ProblemsStatusProps) {
  const findings = usePolicyFindings(policyId);
  const groups = useMemo(() => groupBySeverity(findings?.findings ?? []), [findings]);
  const { problems, text } = summaryOf(groups);
  const errors = groups.some((group) => group.severity === 'error');
  const tone =
    problems === 0
      ? 'text-emerald-700 dark:text-emerald-400'
      : errors
        ? 'text-red-700 dark:text-red-400'
        : 'text-amber-700 dark:text-amber-400';
  const shown = findings ? text : 'Checking…';
  return (
    <button
      type="button"
      aria-expanded={expanded}
      aria-label={`Findings: ${shown}`}
      title={expanded ? 'Hide the findings' : 'Show the findings'}
      onClick={onToggle}
      className={`flex items-center gap-1 rounded px-1.5 py-0.5 text-xs hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-sky-500 dark:hover:bg-zinc-800 ${tone}`}
    >
      {problems === 0 ? (
        <CheckCircleIcon className="size-3.5" />
      ) : (
        <AlertIcon className="size-3.5" />
      )}
      <span role="status" aria-label="Problems">
        {shown}
      </span>
    </button>
  );
}
