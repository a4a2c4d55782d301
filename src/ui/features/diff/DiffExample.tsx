import type { DiffFinding, MatchedStatement, SideDecision, Span } from '../../../core/index.ts';
import { DecisionBadge } from '../simulator/DecisionBadge.tsx';
import { buttonClass } from '../simulator/classes.ts';

export type DiffSide = 'old' | 'new';

export interface ExampleActions {
  open(finding: DiffFinding): void;
  reveal(side: DiffSide, span: Span): void;
  /** Whether a deciding statement is one of the side's own text, shown in the diff editor. */
  isCompared(side: DiffSide, policyId: string): boolean;
  /** The name of another policy that decided (in the workspace), or of the diff's stand-in. */
  policyName(policyId: string): string;
}

const statementLabel = (statement: MatchedStatement) =>
  statement.sid ? `"${statement.sid}"` : `Statement ${statement.statementIndex + 1}`;

function Decided({
  side,
  label,
  decided,
  actions,
}: {
  side: DiffSide;
  label: string;
  decided: SideDecision;
  actions: ExampleActions;
}) {
  return (
    <div className="flex flex-wrap items-center gap-1.5" data-side={side}>
      <span className="w-24 shrink-0 truncate text-zinc-500 dark:text-zinc-400" title={label}>
        {side === 'old' ? 'Before' : 'Now'}
      </span>
      <DecisionBadge decision={decided.decision} />
      {decided.statements.length === 0 ? (
        <span className="text-zinc-500 dark:text-zinc-400">no statement applies</span>
      ) : (
        decided.statements.map((statement) =>
          actions.isCompared(side, statement.policyId) ? (
            <button
              key={statement.statementIndex}
              type="button"
              className="rounded px-1 text-sky-700 underline-offset-2 hover:underline dark:text-sky-300"
              onClick={() => actions.reveal(side, statement.span)}
            >
              {statementLabel(statement)} ({statement.effect})
            </button>
          ) : (
            <span
              key={`${statement.policyId}#${statement.statementIndex}`}
              className="text-zinc-600 dark:text-zinc-300"
            >
              {statementLabel(statement)} ({statement.effect}) in{' '}
              {actions.policyName(statement.policyId)}
            </span>
          ),
        )
      )}
    </div>
  );
}

/** One example request the two versions decide differently, with what decided it on each side. */
export function DiffExample({
  finding,
  oldLabel,
  actions,
}: {
  finding: DiffFinding;
  oldLabel: string;
  actions: ExampleActions;
}) {
  const { request } = finding;
  const context = Object.entries(request.context ?? {});
  const others = finding.actions.filter((action) => action !== request.action);
  return (
    <li className="flex flex-col gap-1 rounded border border-zinc-200 p-2 text-xs dark:border-zinc-800">
      <div className="flex items-start justify-between gap-2">
        <span className="font-mono font-medium break-all text-zinc-900 dark:text-zinc-50">
          {request.action}
        </span>
        <button
          type="button"
          className={`${buttonClass} shrink-0`}
          onClick={() => actions.open(finding)}
        >
          Open in simulator
        </button>
      </div>
      {(others.length > 0 || finding.otherServices) && (
        <details className="text-zinc-600 dark:text-zinc-300">
          <summary className="cursor-pointer">
            and {others.length} more action{others.length === 1 ? '' : 's'} decided alike
            {finding.otherServices
              ? `, and every action of ${finding.otherServices} other services`
              : ''}
          </summary>
          <p className="font-mono break-all">{others.join(', ')}</p>
        </details>
      )}
      <dl className="grid grid-cols-[5.5rem_1fr] gap-x-2 gap-y-0.5">
        <dt className="text-zinc-500 dark:text-zinc-400">Resource</dt>
        <dd className="font-mono break-all">{request.resource}</dd>
        <dt className="text-zinc-500 dark:text-zinc-400">Principal</dt>
        <dd className="font-mono break-all">{request.principal}</dd>
        {context.length > 0 && (
          <>
            <dt className="text-zinc-500 dark:text-zinc-400">Context</dt>
            <dd className="font-mono break-all">
              {context.map(([key, value]) => (
                <div key={key}>
                  {key} = {Array.isArray(value) ? `[${value.join(', ')}]` : value}
                </div>
              ))}
            </dd>
          </>
        )}
      </dl>
      <Decided side="old" label={oldLabel} decided={finding.old} actions={actions} />
      <Decided side="new" label="this policy" decided={finding.new} actions={actions} />
    </li>
  );
}
