import type { FoundPolicies } from '../../../core/index.ts';
import { policyTypeLabel } from '../../../store/policy-ops.ts';

export function policyCount(count: number): string {
  return count === 1 ? '1 policy' : `${count} policies`;
}

/** Enough to see what a file holds; a whole account's thousands would hold the page while drawn. */
export const PREVIEW_LIMIT = 100;

interface ImportPreviewProps {
  found: FoundPolicies;
  fileName?: string | undefined;
}

/** What an AWS CLI output, a template or a plan holds, shown before it is imported. */
export function ImportPreview({ found, fileName }: ImportPreviewProps) {
  const hidden = found.policies.length - PREVIEW_LIMIT;
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
        {found.policies.slice(0, PREVIEW_LIMIT).map((policy, index) => (
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
      {hidden > 0 && <p className="mt-1 text-zinc-600 dark:text-zinc-400">and {hidden} more</p>}
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
