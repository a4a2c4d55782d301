import { useContext } from 'react';
import { SeverityIcon } from './SeverityIcon.tsx';
import { StatementFindingsContext } from './statement-findings-context.ts';

/** The findings of one statement, under its card's header. */
export function StatementFindings({ statement }: { statement: number }) {
  const findings = useContext(StatementFindingsContext).get(statement);
  if (!findings?.length) return null;
  return (
    <ul aria-label={`Findings of statement ${statement + 1}`} className="flex flex-col gap-0.5">
      {findings.map((finding) => (
        <li
          key={`${finding.code}:${finding.span.start}:${finding.message}`}
          data-code={finding.code}
          className="flex items-start gap-1.5 text-xs text-zinc-700 dark:text-zinc-300"
        >
          <SeverityIcon severity={finding.severity} />
          <span>{finding.message}</span>
        </li>
      ))}
    </ul>
  );
}
