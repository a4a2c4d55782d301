import type { EffectSummary, Policy } from '../../../core/index.ts';
import { EffectTable } from './EffectTable.tsx';
import { usePolicySummary } from './use-policy-summary.ts';

function hasAny(summary: EffectSummary): boolean {
  return (
    summary.services.length > 0 ||
    summary.everyOtherService !== undefined ||
    summary.unrecognized.length > 0
  );
}

/**
 * The policy as the IAM console summarises it: per service, the access levels granted Full or
 * Limited, the resources and the conditions, allowed and explicitly denied apart.
 */
export function PolicySummaryView({ policy }: { policy: Policy | undefined }) {
  const summary = usePolicySummary(policy);
  const statements = policy?.statements ?? [];
  const empty = summary && !hasAny(summary.allow) && !hasAny(summary.deny);
  return (
    <div
      role="region"
      aria-label="Policy summary"
      className="flex min-h-0 min-w-0 flex-1 flex-col gap-4 overflow-y-auto p-3"
    >
      {!policy && (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          The summary shows once the policy can be read.
        </p>
      )}
      {policy && !summary && (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">Summarising…</p>
      )}
      {empty && (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          The policy names no action, so it allows and denies nothing.
        </p>
      )}
      {summary && hasAny(summary.allow) && (
        <EffectTable title="Allow" summary={summary.allow} statements={statements} tone="allow" />
      )}
      {summary && hasAny(summary.deny) && (
        <EffectTable
          title="Explicit deny"
          summary={summary.deny}
          statements={statements}
          tone="deny"
        />
      )}
    </div>
  );
}
