import type { AccountEscalation, CataloguePath, WhoCanStatement } from '../../../core/index.ts';

export interface Names {
  /** Users', roles' and groups' names by ARN. */
  identities: ReadonlyMap<string, string>;
  /** Account policies' names by scenario policy id. */
  policies: ReadonlyMap<string, string>;
}

const LINK =
  'text-indigo-700 underline hover:text-indigo-900 dark:text-indigo-300 dark:hover:text-indigo-100';

function statementLabel(statement: WhoCanStatement, names: Names): string {
  const policy = names.policies.get(statement.policyId) ?? statement.policyId;
  return `${policy}, ${statement.sid ?? `statement ${statement.statementIndex + 1}`}`;
}

function Step({
  step,
  names,
  onOpenStatement,
}: {
  step: AccountEscalation['steps'][number];
  names: Names;
  onOpenStatement(policyId: string, statementIndex: number): void;
}) {
  const context = Object.entries(step.context ?? {});
  return (
    <li className="space-y-0.5">
      <div>
        <code className="font-semibold">{step.action}</code> on{' '}
        <code className="break-all">{step.resource}</code>
        {context.length > 0 && (
          <span className="text-zinc-600 dark:text-zinc-400">
            {' '}
            with{' '}
            {context.map(([key, value], index) => (
              <span key={key}>
                {index > 0 && ', '}
                <code className="break-all">
                  {key} = {value}
                </code>
              </span>
            ))}
          </span>
        )}
      </div>
      <div className="flex flex-wrap items-baseline gap-x-2">
        <span className="text-zinc-600 dark:text-zinc-400">
          {step.statements.length > 0 ? 'Allowed by' : 'No statement recorded'}
        </span>
        {step.statements.map((statement, index) => (
          <button
            key={index}
            type="button"
            title={`Open ${statement.policyId} at statement ${statement.statementIndex + 1}`}
            onClick={() => onOpenStatement(statement.policyId, statement.statementIndex)}
            className={`font-mono break-all ${LINK}`}
          >
            {statementLabel(statement, names)}
          </button>
        ))}
      </div>
    </li>
  );
}

/** One path a principal can take: the catalogue's entry, its target and each allowed step. */
export function EscalationPathItem({
  escalation,
  entry,
  names,
  onOpenStatement,
}: {
  escalation: AccountEscalation;
  entry: CataloguePath | undefined;
  names: Names;
  onOpenStatement(policyId: string, statementIndex: number): void;
}) {
  const { pathId, target, steps } = escalation;
  return (
    <article
      aria-label={`Path ${pathId}${target ? ` to ${names.identities.get(target) ?? target}` : ''}`}
      className="space-y-1 rounded border border-zinc-200 p-2 dark:border-zinc-800"
    >
      <h3 className="flex flex-wrap items-baseline gap-x-2">
        {entry ? (
          <a
            href={entry.url}
            target="_blank"
            rel="noopener noreferrer"
            className={`font-mono ${LINK}`}
          >
            {pathId}
          </a>
        ) : (
          <span className="font-mono">{pathId}</span>
        )}
        <span className="font-semibold">{entry?.name ?? 'not in the catalogue'}</span>
        {entry && <span className="text-zinc-600 dark:text-zinc-400">{entry.category}</span>}
      </h3>
      {entry && <p>{entry.description}</p>}
      {target !== undefined && (
        <p>
          <span className="text-zinc-600 dark:text-zinc-400">Target: </span>
          {names.identities.get(target) ?? ''}{' '}
          <code className="break-all text-zinc-600 dark:text-zinc-400">{target}</code>
          {escalation.targetPower?.admin && (
            <span className="ml-2 text-amber-800 dark:text-amber-300">★ admin-equivalent</span>
          )}
        </p>
      )}
      <ol aria-label="Steps" className="list-decimal space-y-1 pl-5">
        {steps.map((step, index) => (
          <Step key={index} step={step} names={names} onOpenStatement={onOpenStatement} />
        ))}
      </ol>
    </article>
  );
}
