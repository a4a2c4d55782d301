import { type NamedStatement } from '../../../core/index.ts';
import { labelClass } from './classes.ts';
import type { PointAt } from './ExplanationPanel.tsx';

/** The statements that decided the selected request; each opens its policy. */
export function DecidingStatements({
  statements,
  at,
}: {
  statements: NamedStatement[];
  at: PointAt;
}) {
  if (statements.length === 0) return null;
  return (
    <section aria-label="Deciding statements" className="flex flex-col gap-1 px-3 pt-2">
      <h3 className={labelClass}>Deciding statements</h3>
      <ul className="flex flex-col gap-0.5">
        {statements.map((statement) => (
          <li key={`${statement.policyId}#${statement.statementIndex}`}>
            <button
              type="button"
              data-effect={statement.effect}
              className="flex w-full items-center gap-1.5 rounded px-1 py-0.5 text-left text-xs hover:bg-zinc-200/60 dark:hover:bg-zinc-800"
              onClick={() => at.open(statement.policyId)}
              onMouseEnter={() => at.hover(statement.policyId, statement.span)}
              onMouseLeave={() => at.hover(statement.policyId, null)}
            >
              <span
                aria-hidden="true"
                className={`size-2 shrink-0 rounded-full ${statement.effect === 'Allow' ? 'bg-green-600' : 'bg-red-600'}`}
              />
              <span className="font-medium">{statement.label}</span>
              <span className="text-zinc-500 dark:text-zinc-400">
                ({statement.effect}) in {statement.policyName}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
