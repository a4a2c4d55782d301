import type { PracticeFinding } from '../../../core/index.ts';
import { isIdentityArn } from './user-actions.ts';
import { UserLinks } from './UserLinks.tsx';

/** Findings of the account or CloudTrail: who, what, the evidence and what to do. */
export function PracticeFindingList({ findings }: { findings: readonly PracticeFinding[] }) {
  return (
    <ul
      aria-label="Findings"
      className="flex flex-col gap-1 rounded bg-zinc-50 p-2 dark:bg-zinc-950"
    >
      {findings.map((finding, index) => (
        <li
          key={`${finding.subject} ${index}`}
          data-testid="practice-finding"
          className="flex flex-col gap-0.5"
        >
          <p>
            <span className="font-mono">{finding.name}</span>: {finding.message}
          </p>
          {isIdentityArn(finding.subject) && (
            <UserLinks user={finding.name} arn={finding.subject} />
          )}
          <p className="font-mono text-[11px] break-all text-zinc-600 dark:text-zinc-400">
            {Object.entries(finding.evidence)
              .map(
                ([name, value]) =>
                  `${name}: ${Array.isArray(value) ? value.join(', ') : String(value)}`,
              )
              .join(' · ')}
          </p>
          <p className="text-zinc-600 dark:text-zinc-400">{finding.remedy}</p>
        </li>
      ))}
    </ul>
  );
}
