import { useMemo, useState } from 'react';
import type {
  AccountEscalation,
  AccountEscalationReport,
  Catalogue,
  CataloguePath,
} from '../../../core/index.ts';
import { EscalationPathItem, type Names } from './EscalationPathItem.tsx';
import { pathsByPrincipal } from './escalation-list/paths-by-principal.ts';

const ALL = '';
/** Principals listed at first, and added by each "Show more": a long list would hold up the page. */
export const PAGE = 100;

function nameOf(arn: string, names: Names): string {
  return names.identities.get(arn) ?? arn;
}

/** A principal's paths, folded; they are rendered only once unfolded, so a large account stays quick. */
function PrincipalPaths({
  principal,
  paths,
  admin,
  initiallyOpen,
  entries,
  names,
  onOpenStatement,
}: {
  principal: string;
  paths: AccountEscalation[];
  admin: boolean;
  initiallyOpen: boolean;
  entries: ReadonlyMap<string, CataloguePath>;
  names: Names;
  onOpenStatement(policyId: string, statementIndex: number): void;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  const name = nameOf(principal, names);
  return (
    <li>
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary className="cursor-pointer py-1">
          <span className="font-semibold">{name}</span>{' '}
          <span className="text-zinc-600 dark:text-zinc-400">
            {paths.length} {paths.length === 1 ? 'path' : 'paths'}
          </span>
          {admin && (
            <span className="ml-2 text-amber-800 dark:text-amber-300">★ admin-equivalent</span>
          )}
        </summary>
        {open && (
          <div aria-label={`Paths of ${name}`} role="group" className="space-y-2 pb-2 pl-4">
            <p className="font-mono break-all text-zinc-600 dark:text-zinc-400">{principal}</p>
            {paths.map((escalation, index) => (
              <EscalationPathItem
                key={index}
                escalation={escalation}
                entry={entries.get(escalation.pathId)}
                names={names}
                onOpenStatement={onOpenStatement}
              />
            ))}
          </div>
        )}
      </details>
    </li>
  );
}

/**
 * The escalation paths grouped by principal, filtered to the selected principal (the filter can
 * show them all again until another principal is selected).
 */
export function EscalationPathList({
  report,
  catalogue,
  names,
  selected,
  onSelectPrincipal,
  onOpenStatement,
}: {
  report: AccountEscalationReport;
  catalogue: Catalogue;
  names: Names;
  selected?: string | undefined;
  onSelectPrincipal(arn: string): void;
  onOpenStatement(policyId: string, statementIndex: number): void;
}) {
  const grouped = useMemo(() => pathsByPrincipal(report), [report]);
  const entries = useMemo(
    () => new Map(catalogue.paths.map((path) => [path.id, path])),
    [catalogue],
  );
  const admins = useMemo(() => new Set(report.admins), [report.admins]);
  // Made once per report: React then skips the thousands of options of a large account.
  const options = useMemo(
    () =>
      [...grouped].map(([principal, paths]) => (
        <option key={principal} value={principal}>
          {nameOf(principal, names)} ({paths.length})
        </option>
      )),
    [grouped, names],
  );
  const [showAll, setShowAll] = useState(false);
  const [filteredFor, setFilteredFor] = useState(selected);
  const [listed, setListed] = useState(PAGE);
  if (filteredFor !== selected) {
    setFilteredFor(selected);
    setShowAll(false);
  }
  const filter = showAll ? undefined : selected;
  const matching = filter === undefined ? [...grouped.keys()] : grouped.has(filter) ? [filter] : [];
  const shown = matching.slice(0, listed);
  return (
    <section aria-label="Escalation paths" className="space-y-2">
      <label className="flex items-center gap-2">
        <span>Paths of</span>
        <select
          value={filter ?? ALL}
          onChange={(event) => {
            const value = event.target.value;
            setShowAll(value === ALL);
            if (value !== ALL) onSelectPrincipal(value);
          }}
          className="rounded border border-zinc-300 bg-white px-1 py-0.5 dark:border-zinc-700 dark:bg-zinc-900"
        >
          <option value={ALL}>All principals ({grouped.size})</option>
          {filter !== undefined && !grouped.has(filter) && (
            <option value={filter}>{nameOf(filter, names)}</option>
          )}
          {options}
        </select>
      </label>
      {filter !== undefined && matching.length === 0 && (
        <p>{nameOf(filter, names)} can take none of the catalogue&apos;s paths.</p>
      )}
      <ul className="space-y-1">
        {shown.map((principal) => (
          <PrincipalPaths
            key={`${principal} ${filter === undefined}`}
            principal={principal}
            paths={grouped.get(principal) ?? []}
            admin={admins.has(principal)}
            initiallyOpen={filter !== undefined}
            entries={entries}
            names={names}
            onOpenStatement={onOpenStatement}
          />
        ))}
      </ul>
      {matching.length > shown.length && (
        <button
          type="button"
          onClick={() => setListed(listed + PAGE)}
          className="rounded border border-zinc-300 px-2 py-0.5 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
        >
          Show {Math.min(PAGE, matching.length - shown.length)} more of{' '}
          {matching.length - shown.length} principals
        </button>
      )}
    </section>
  );
}
