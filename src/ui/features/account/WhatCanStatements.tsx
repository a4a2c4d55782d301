import { statementLabel, type WhoCanStatement } from '../../../core/index.ts';

type OpenStatement = (policyId: string, statementIndex: number) => void;

const TONE = {
  Allow:
    'border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950/40 dark:text-emerald-200',
  Deny: 'border-red-300 bg-red-50 text-red-800 dark:border-red-800 dark:bg-red-950/40 dark:text-red-200',
};

/** The deciding statements, a button each that opens the statement in its policy. */
export function WhatCanStatements({
  statements,
  policyNames,
  onOpen,
}: {
  statements: readonly WhoCanStatement[];
  /** The answer's names of the policies, by id. */
  policyNames: Readonly<Record<string, string>>;
  onOpen: OpenStatement;
}) {
  return (
    <ul aria-label="Deciding statements" className="flex flex-wrap gap-1">
      {statements.map((statement) => {
        const policy = Object.hasOwn(policyNames, statement.policyId)
          ? policyNames[statement.policyId]
          : statement.policyId;
        const which = statementLabel(statement);
        return (
          <li key={`${statement.policyId}#${statement.statementIndex}`}>
            <button
              type="button"
              onClick={() => onOpen(statement.policyId, statement.statementIndex)}
              title={`Open ${statement.policyId} at ${which}`}
              className={`rounded border px-1.5 py-px text-left font-mono text-[11px] break-all hover:underline focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:outline-none ${TONE[statement.effect]}`}
            >
              {statement.effect} · {policy} · {which}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
