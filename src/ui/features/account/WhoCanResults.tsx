import { useMemo, useState } from 'react';
import type { WhoCanAnswer } from '../../../analysis/account-jobs.ts';
import type {
  Account,
  ScenarioPolicy,
  WhoCanResult,
  WhoCanStatement,
} from '../../../core/index.ts';
import type { WhoCanAsked } from '../../../store/account-view-slice.ts';
import { useStudio } from '../../../store/store.ts';
import { buttonClass } from '../simulator/classes.ts';
import { identityEntries } from '../identities/identity-list.ts';
import { StatementLink } from './StatementLink.tsx';

/** Enough to read through; the rest on demand (a generated account may answer thousands). */
const FIRST_SHOWN = 100;

type OpenStatement = (policyId: string, statementIndex: number) => void;

function Statements({
  statements,
  onOpen,
}: {
  statements: readonly WhoCanStatement[];
  onOpen: OpenStatement;
}) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      {statements.map((statement) => (
        <StatementLink
          key={`${statement.policyId}#${statement.statementIndex}`}
          statement={statement}
          onOpen={onOpen}
        />
      ))}
    </span>
  );
}

function ResultItem({
  result,
  action,
  nameOf,
  onOpen,
}: {
  result: WhoCanResult;
  action: string;
  nameOf(arn: string): string;
  onOpen: OpenStatement;
}) {
  const last = result.via.at(-1) ?? result.principal;
  return (
    <li className="flex flex-col gap-1 rounded border border-zinc-200 px-2 py-1.5 text-xs dark:border-zinc-800">
      <p className="flex flex-wrap items-baseline gap-x-2">
        <span className="font-medium text-zinc-900 dark:text-zinc-100" title={result.principal}>
          {nameOf(result.principal)}
        </span>
        {result.via.length > 0 && (
          <span aria-label="Roles assumed" className="text-zinc-600 dark:text-zinc-400">
            through {result.via.map(nameOf).join(' → ')}
          </span>
        )}
        <span className="font-mono text-[11px] break-all text-zinc-600 dark:text-zinc-400">
          {result.principal}
        </span>
      </p>
      <ol aria-label={`How ${nameOf(result.principal)} can`} className="flex flex-col gap-1 pl-2">
        {result.hops.map((hop) => (
          <li key={`${hop.from}>${hop.to}`} className="flex flex-wrap items-center gap-1">
            <span className="text-zinc-700 dark:text-zinc-300">
              {nameOf(hop.from)} assumes {nameOf(hop.to)} (sts:AssumeRole), allowed by
            </span>
            <Statements statements={hop.statements} onOpen={onOpen} />
          </li>
        ))}
        <li className="flex flex-wrap items-center gap-1">
          <span className="text-zinc-700 dark:text-zinc-300">
            {nameOf(last)} is allowed {action} by
          </span>
          <Statements statements={result.statements} onOpen={onOpen} />
        </li>
      </ol>
    </li>
  );
}

/** The principals allowed, each with its chain of roles and the deciding statements of each hop. */
export function WhoCanResults({
  account,
  asked,
  answer,
  stale,
  onOpenStatement,
  onRunAgain,
}: {
  account: Account;
  asked: WhoCanAsked;
  answer: WhoCanAnswer;
  /** The workspace's policies when the answer was asked for. */
  stale: readonly ScenarioPolicy[];
  onOpenStatement: OpenStatement;
  onRunAgain(): void;
}) {
  const changed = useStudio((s) => s.policies !== stale);
  const [showAll, setShowAll] = useState(false);
  const names = useMemo(
    () => new Map(identityEntries(account).map((entry) => [entry.arn, entry.name])),
    [account],
  );
  const nameOf = (arn: string) => names.get(arn) ?? arn;
  const { results, unreadable } = answer;
  const shown = showAll ? results : results.slice(0, FIRST_SHOWN);
  const on = asked.resource === '' ? 'on every resource' : `on ${asked.resource}`;
  return (
    <section aria-label="Who can: the answer" className="flex flex-col gap-2">
      <p role="status" className="text-xs text-zinc-800 dark:text-zinc-200">
        {results.length === 0
          ? `No user or role of the account can ${asked.action} ${on}.`
          : `${results.length} ${results.length === 1 ? 'principal' : 'principals'} can ${asked.action} ${on}:`}
      </p>
      {changed && (
        <p className="flex items-center gap-2 text-xs text-amber-800 dark:text-amber-300">
          The policies have changed since this answer.
          <button type="button" className={buttonClass} onClick={onRunAgain}>
            Ask again
          </button>
        </p>
      )}
      {unreadable.length > 0 && (
        <ul
          aria-label="Policies that could not be read"
          className="list-disc pl-4 text-xs text-amber-800 dark:text-amber-300"
        >
          {unreadable.map(({ policyId, message }) => (
            <li key={policyId}>
              {policyId} could not be read ({message}): a request it applies to is denied, so a
              principal may be missing.
            </li>
          ))}
        </ul>
      )}
      <ul aria-label="Principals who can" className="flex flex-col gap-1.5">
        {shown.map((result) => (
          <ResultItem
            key={result.principal}
            result={result}
            action={asked.action}
            nameOf={nameOf}
            onOpen={onOpenStatement}
          />
        ))}
      </ul>
      {shown.length < results.length && (
        <button
          type="button"
          className={`${buttonClass} self-start`}
          onClick={() => setShowAll(true)}
        >
          Show all {results.length}
        </button>
      )}
    </section>
  );
}
