import { useState } from 'react';
import type {
  WhatCanAnswer,
  WhatCanGrant,
  WhatCanScope,
  WhatCanService,
  WhoCanStatement,
} from '../../../core/index.ts';
import { conditionLines, resourceLines } from '../policy-summary/scope-text.ts';
import { WhatCanStatements } from './WhatCanStatements.tsx';

type OpenStatement = (policyId: string, statementIndex: number) => void;

/** Enough to read through; the rest on demand (AWS's ReadOnlyAccess names over 300 services). */
const FIRST_SHOWN = 50;

/** One line of the table: a service's access level, its whole access, or every other service's. */
interface Row extends WhatCanScope {
  key: string;
  access: string;
  grant: WhatCanGrant;
  /** e.g. `3 of 8 actions` */
  counts?: string;
}

interface ServiceRows {
  key: string;
  name: string;
  rows: Row[];
}

/** The console's columns, then the deciding statements. */
const COLUMNS = [
  ['Service', 'w-[19%]'],
  ['Access level', 'w-[20%]'],
  ['Resource', 'w-[29%]'],
  ['Request condition', 'w-[21%]'],
  ['Statements', 'w-[11%]'],
] as const;

const cellClass = 'border-t border-zinc-200 px-2 py-1.5 align-top dark:border-zinc-800';

const GRANT_CLASS: Record<WhatCanGrant, string> = {
  Full: 'font-medium text-emerald-800 dark:text-emerald-300',
  Limited: 'font-medium text-amber-800 dark:text-amber-300',
  None: 'text-zinc-600 dark:text-zinc-400',
};

function unique(statements: readonly WhoCanStatement[]): WhoCanStatement[] {
  const byKey = new Map(statements.map((s) => [`${s.policyId}#${s.statementIndex}`, s]));
  return [...byKey.values()];
}

function serviceRows(service: WhatCanService): ServiceRows {
  const { prefix, name, levels } = service;
  if (service.fullAccess) {
    const statements = unique(levels.flatMap((level) => level.statements));
    const row = { key: prefix, access: 'Full access', grant: 'Full' as const };
    return { key: prefix, name, rows: [{ ...row, resources: [], conditions: [], statements }] };
  }
  const rows = levels.map((level) => ({
    ...level,
    key: `${prefix}:${level.level}`,
    access: `${level.grant}: ${level.level}`,
    counts: `${level.granted} of ${level.total} ${level.total === 1 ? 'action' : 'actions'}`,
  }));
  return { key: prefix, name, rows };
}

/** The row of the services "*" reaches that no policy names. */
function everyOtherRows(answer: WhatCanAnswer): ServiceRows[] {
  const others = answer.everyOtherService;
  if (!others) return [];
  const access = others.grant === 'Full' ? 'Full access' : 'Limited: every action';
  const name = `Every other service (${others.count})`;
  return [{ key: '*', name, rows: [{ ...others, key: '*', access }] }];
}

/** The Resource column: `All resources` when nothing limits it. */
function resourceText({ resources }: WhatCanScope): string[] {
  return resourceLines(resources.length > 0 ? resources : [{ value: '*', except: false }]);
}

/** The Request condition column: what the access needs, then when a Deny takes it away. */
function conditionText({ conditions }: WhatCanScope): string[] {
  const needed = conditions.filter((c) => c.effect === 'Allow');
  const denied = conditions.filter((c) => c.effect === 'Deny');
  if (needed.length === 0 && denied.length === 0) return ['None'];
  return [
    ...(needed.length > 0 ? conditionLines(needed) : []),
    ...(denied.length > 0 ? conditionLines(denied).map((line) => `Denied when ${line}`) : []),
  ];
}

function Lines({ lines }: { lines: string[] }) {
  return lines.map((line) => (
    <div key={line} className="wrap-anywhere">
      {line}
    </div>
  ));
}

function LevelRow({
  row,
  service,
  expanded,
  onToggle,
  policyNames,
  onOpen,
}: {
  row: Row;
  policyNames: WhatCanAnswer['policyNames'];
  service: { name: string; span: number } | undefined;
  expanded: boolean;
  onToggle(): void;
  onOpen: OpenStatement;
}) {
  const count = row.statements.length;
  return (
    <>
      <tr>
        {service && (
          <th scope="rowgroup" rowSpan={service.span} className={`${cellClass} font-medium`}>
            {service.name}
          </th>
        )}
        <td className={cellClass}>
          <span className={GRANT_CLASS[row.grant]}>{row.access}</span>
          {row.counts && (
            <div className="text-[11px] text-zinc-600 dark:text-zinc-400">{row.counts}</div>
          )}
        </td>
        <td className={`${cellClass} font-mono`}>
          {row.grant !== 'None' && <Lines lines={resourceText(row)} />}
        </td>
        <td className={`${cellClass} font-mono`}>
          {row.grant !== 'None' && <Lines lines={conditionText(row)} />}
        </td>
        <td className={cellClass}>
          {count > 0 && (
            <button
              type="button"
              aria-expanded={expanded}
              aria-label={`${expanded ? 'Hide' : 'Show'} the ${count} statements deciding ${service?.name ?? ''} ${row.access}`.replace(
                /\s+/g,
                ' ',
              )}
              onClick={onToggle}
              className="text-sky-700 hover:underline focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:outline-none dark:text-sky-400"
            >
              {expanded ? '▾' : '▸'} {count}
            </button>
          )}
        </td>
      </tr>
      {expanded && (
        <tr>
          <td colSpan={4} className="px-2 pb-2">
            <WhatCanStatements
              statements={row.statements}
              policyNames={policyNames}
              onOpen={onOpen}
            />
          </td>
        </tr>
      )}
    </>
  );
}

/**
 * What a principal can do, as the IAM console's policy summary shows a policy: per service, each
 * access level Full, Limited or None with the resources and conditions that limit it; each row
 * opens onto its deciding statements, a button each.
 */
export function WhatCanView(props: {
  answer: WhatCanAnswer;
  onOpenStatement(policyId: string, statementIndex: number): void;
}) {
  // Another principal's answer starts with its rows closed and its first services shown.
  return <WhatCanTable key={props.answer.principal} {...props} />;
}

function WhatCanTable({
  answer,
  onOpenStatement,
}: {
  answer: WhatCanAnswer;
  onOpenStatement(policyId: string, statementIndex: number): void;
}) {
  const [showAll, setShowAll] = useState(false);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string) =>
    setExpanded((open) => {
      const next = new Set(open);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const named = showAll ? answer.services : answer.services.slice(0, FIRST_SHOWN);
  const services = [...named.map(serviceRows), ...everyOtherRows(answer)];
  const hidden = answer.services.length - named.length;
  // The service's cell spans its rows and the statement rows opened below them.
  const spanOf = ({ rows }: ServiceRows) =>
    rows.length + rows.filter((row) => expanded.has(row.key)).length;
  return (
    <section aria-label="What it can do" className="flex flex-col gap-2 text-xs">
      <p className="text-zinc-800 dark:text-zinc-200">
        {services.length === 0 ? (
          'No policy reaching it allows it anything.'
        ) : (
          <>
            For <span className="font-mono break-all">{answer.principal}</span>, its permissions
            boundary, SCPs and explicit denies applied:
          </>
        )}
      </p>
      {services.length > 0 && (
        <table className="w-full table-fixed border-collapse text-left text-zinc-800 dark:text-zinc-200">
          <colgroup>
            {COLUMNS.map(([name, width]) => (
              <col key={name} className={width} />
            ))}
          </colgroup>
          <thead className="text-[11px] text-zinc-600 dark:text-zinc-400">
            <tr>
              {COLUMNS.map(([name]) => (
                <th key={name} className="px-2 py-1 font-medium">
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          {services.map((service) => (
            <tbody key={service.key} aria-label={service.name}>
              {service.rows.map((row, index) => (
                <LevelRow
                  key={row.key}
                  row={row}
                  service={index === 0 ? { name: service.name, span: spanOf(service) } : undefined}
                  expanded={expanded.has(row.key)}
                  onToggle={() => toggle(row.key)}
                  policyNames={answer.policyNames}
                  onOpen={onOpenStatement}
                />
              ))}
            </tbody>
          ))}
        </table>
      )}
      {hidden > 0 && (
        <button
          type="button"
          onClick={() => setShowAll(true)}
          className="self-start text-sky-700 hover:underline focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:outline-none dark:text-sky-400"
        >
          Show the other {hidden} services
        </button>
      )}
      {answer.unreadable.length > 0 && (
        <div role="alert" className="text-amber-800 dark:text-amber-300">
          <p>These policies cannot be read, so AWS would deny every request they apply to:</p>
          <ul className="list-disc pl-5">
            {answer.unreadable.map((policy) => (
              <li key={policy.policyId}>
                <span className="font-mono break-all">{policy.policyId}</span>: {policy.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {answer.unloaded.length > 0 && (
        <p className="text-amber-800 dark:text-amber-300">
          Not looked at (the service reference was not loaded):{' '}
          <span className="font-mono">{answer.unloaded.join(', ')}</span>
        </p>
      )}
    </section>
  );
}
