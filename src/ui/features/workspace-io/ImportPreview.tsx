import type { FoundPolicies } from '../../../core/index.ts';
import { policyTypeLabel } from '../../../store/policy-ops.ts';

export function policyCount(count: number): string {
  return count === 1 ? '1 policy' : `${count} policies`;
}

interface ImportPreviewProps {
  found: FoundPolicies;
  fileName?: string | undefined;
}

/** What an AWS CLI output, a template or a plan holds, shown before it is imported. */
export function ImportPreview({ found, fileName }: ImportPreviewProps) {
  return (
    <section
      aria-label="Found in the text"
      className="mt-3 rounded border border-zinc-200 p-2 text-xs dark:border-zinc-700"
    >
      <p role="status" className="text-zinc-700 dark:text-zinc-300">
        {policyCount(found.policies.length)} found in{' '}
        {fileName ? `${fileName}, ${found.source}` : found.source}:
      </p>
      <ul aria-label="Policies to import" className="mt-1 space-y-0.5">
        {found.policies.map((policy, index) => (
          <li key={index} className="flex gap-2">
            <span className="w-36 shrink-0 text-zinc-600 dark:text-zinc-400">
              {policyTypeLabel(policy.type)}
            </span>
            <span className="font-mono break-all text-zinc-900 dark:text-zinc-100">
              {policy.name}
            </span>
          </li>
        ))}
      </ul>
      {found.notes.length > 0 && (
        <ul
          aria-label="Import notes"
          className="mt-2 list-disc space-y-0.5 pl-4 text-amber-800 dark:text-amber-300"
        >
          {found.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
