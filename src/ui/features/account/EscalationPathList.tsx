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
/** Principals the menu offers at most; the search box finds the others. */
export const MENU = 100;

function nameOf(arn: string, names: Names): string {
  return names.identities.get(arn) ?? arn;
}

/** A principal as the menu names it: its name, and how many paths it has when it has any. */
function optionLabel(
  principal: string,
  grouped: ReadonlyMap<string, readonly unknown[]>,
  names: Names,
): string {
  const paths = grouped.get(principal);
  return paths ? `${nameOf(principal, names)} (${paths.length})` : nameOf(principal, names);
}

/** The principals whose name or ARN holds `query` (any case), in the report's order. */
function principalsMatching(
  grouped: ReadonlyMap<string, unknown>,
  names: Names,
  query: string,
): string[] {
  const needle = query.trim().toLowerCase();
  const principals = [...grouped.keys()];
  if (needle === '') return principals;
  return principals.filter(
    (principal) =>
      nameOf(principal, names).toLowerCase().includes(needle) ||
      principal.toLowerCase().includes(needle),
  );
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

export interface EscalationPathListProps {
  report: AccountEscalationReport;
  catalogue: Catalogue;
  names: Names;
  selectedPrincipal?: string | undefined;
  onSelectPrincipal(arn: string): void;
  onOpenStatement(policyId: string, statementIndex: number): void;
}

/**
 * The escalation paths grouped by principal, filtered to the selected principal (the filter can
 * show them all again until another principal is selected).
 */
export function EscalationPathList({
  report,
  catalogue,
  names,
  selectedPrincipal: selected,
  onSelectPrincipal,
  onOpenStatement,
}: EscalationPathListProps) {
  const grouped = useMemo(() => pathsByPrincipal(report), [report]);
  const entries = useMemo(
    () => new Map(catalogue.paths.map((path) => [path.id, path])),
    [catalogue],
  );
  const admins = useMemo(() => new Set(report.admins), [report.admins]);
  const [query, setQuery] = useState('');
  const found = useMemo(() => principalsMatching(grouped, names, query), [grouped, names, query]);
  // At most MENU options: thousands of them held the page over 100 ms as a large account's
  // paths were shown; the search box reaches the others.
  const menu = useMemo(() => found.slice(0, MENU), [found]);
  const options = useMemo(
    () =>
      menu.map((principal) => (
        <option key={principal} value={principal}>
          {optionLabel(principal, grouped, names)}
        </option>
      )),
    [menu, grouped, names],
  );
  const [showAll, setShowAll] = useState(false);
  const [filteredFor, setFilteredFor] = useState(selected);
  const [listed, setListed] = useState(PAGE);
  if (filteredFor !== selected) {
    setFilteredFor(selected);
    setShowAll(false);
  }
  const filter = showAll ? undefined : selected;
  const matching = filter === undefined ? found : grouped.has(filter) ? [filter] : [];
  const shown = matching.slice(0, listed);
  const searchable = grouped.size > MENU;
  return (
    <section aria-label="Escalation paths" className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
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
            <option value={ALL}>
              {query.trim() === ''
                ? `All principals (${grouped.size})`
                : `All principals matching “${query.trim()}” (${found.length})`}
            </option>
            {filter !== undefined && !menu.includes(filter) && (
              <option value={filter}>{optionLabel(filter, grouped, names)}</option>
            )}
            {options}
          </select>
        </label>
        {searchable && (
          <input
            type="search"
            aria-label="Find a principal"
            placeholder="Find a principal"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setShowAll(true);
              setListed(PAGE);
            }}
            className="rounded border border-zinc-300 bg-white px-1 py-0.5 dark:border-zinc-700 dark:bg-zinc-900"
          />
        )}
      </div>
      {found.length > MENU && (
        <p className="text-zinc-600 dark:text-zinc-400">
          The menu lists the first {MENU} of {found.length.toLocaleString('en-US')} principals: type
          a name to find the others.
        </p>
      )}
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
