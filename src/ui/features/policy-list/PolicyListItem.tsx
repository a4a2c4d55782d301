import { memo } from 'react';
import { type ScenarioPolicy } from '../../../core/index.ts';
import { policyTypeHasLevel, policyTypeLabel } from '../../../store/policy-ops.ts';
import { usePolicyStatus } from '../findings/use-policy-status.ts';
import { StatusDot } from './StatusDot.tsx';

interface PolicyListItemProps {
  policy: ScenarioPolicy;
  selected: boolean;
  onSelect: (id: string) => void;
  /** Where the item is in the whole list, which only shows the items in view. */
  index: number;
  count: number;
  /** How far down the list the item starts, in pixels. */
  top: number;
  measure: (item: HTMLElement | null) => void;
}

function typeLine(policy: ScenarioPolicy): string {
  const label = `${policyTypeLabel(policy.type)} policy`;
  return policyTypeHasLevel(policy.type) ? `${label} · level ${policy.level ?? 0}` : label;
}

function PolicyListItemView({
  policy,
  selected,
  onSelect,
  index,
  count,
  top,
  measure,
}: PolicyListItemProps) {
  const status = usePolicyStatus(policy);
  return (
    <li
      ref={measure}
      data-index={index}
      aria-setsize={count}
      aria-posinset={index + 1}
      className="absolute inset-x-0 top-0"
      style={{ transform: `translateY(${top}px)` }}
    >
      <button
        type="button"
        aria-current={selected ? 'true' : undefined}
        onClick={() => onSelect(policy.id)}
        className={`flex w-full items-start gap-2 rounded-md px-2 py-1.5 text-left transition-colors focus-visible:outline-2 focus-visible:outline-indigo-500 ${
          selected
            ? 'bg-indigo-50 text-indigo-950 ring-1 ring-indigo-200 dark:bg-indigo-500/15 dark:text-indigo-50 dark:ring-indigo-500/30'
            : 'hover:bg-zinc-200/60 dark:hover:bg-zinc-800/60'
        }`}
      >
        <StatusDot status={status} />
        <span className="min-w-0">
          <span className="block truncate text-[13px] font-medium">{policy.name ?? policy.id}</span>
          <span className="block text-[11px] text-zinc-600 dark:text-zinc-400">
            {typeLine(policy)}
          </span>
        </span>
      </button>
    </li>
  );
}

/** Parse and lint run once per text (both are memoised), and an unchanged policy skips. */
export const PolicyListItem = memo(PolicyListItemView);
