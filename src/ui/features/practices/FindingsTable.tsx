import { useMemo, useState } from 'react';
import { CREDENTIAL_RULES, type CredentialFinding } from '../../../core/index.ts';
import { useStudio } from '../../../store/store.ts';
import { buttonClass } from '../simulator/classes.ts';
import { downloadText } from '../workspace-io/clipboard.ts';
import { findingsCsv, findingsJson } from './findings-export.ts';
import { FindingsFilters } from './FindingsFilters.tsx';
import {
  countsByCode,
  DEFAULT_SORT,
  filterFindings,
  sortFindings,
  type FindingsColumn,
  type FindingsSort,
} from './findings-table.ts';
import { FindingRow } from './FindingRow.tsx';

/** Rows rendered at first and added by "Show more": a 10,000-user report has tens of thousands. */
const PAGE = 50;
const CODES = CREDENTIAL_RULES.map((rule) => rule.code);

const HEADERS: readonly { column?: FindingsColumn; label: string; width: string }[] = [
  { column: 'severity', label: 'Severity', width: 'w-24' },
  { column: 'code', label: 'Finding', width: 'w-[22%]' },
  { column: 'user', label: 'User', width: 'w-32' },
  { column: 'line', label: 'Line', width: 'w-12' },
  { label: 'Evidence', width: '' },
  { label: 'What to do', width: 'w-[24%]' },
];

function SortHeader({
  column,
  label,
  width,
  sort,
  onSort,
}: {
  column?: FindingsColumn;
  label: string;
  width: string;
  sort: FindingsSort;
  onSort(sort: FindingsSort): void;
}) {
  if (!column) return <th className={`px-2 py-1 text-left ${width}`}>{label}</th>;
  const sorted = sort.column === column;
  return (
    <th
      className={`px-2 py-1 text-left ${width}`}
      aria-sort={sorted ? (sort.descending ? 'descending' : 'ascending') : 'none'}
    >
      <button
        type="button"
        className="font-semibold hover:underline"
        onClick={() => onSort({ column, descending: sorted && !sort.descending })}
      >
        {label}
        {sorted && (sort.descending ? ' ▼' : ' ▲')}
      </button>
    </th>
  );
}

/** The credential report's findings: counts per code, filters, a sortable table and exports. */
export function FindingsTable({
  findings,
  now,
}: {
  findings: readonly CredentialFinding[];
  now: string;
}) {
  const filter = useStudio((s) => s.findingsFilter);
  const [sort, setSort] = useState<FindingsSort>(DEFAULT_SORT);
  const [shown, setShown] = useState(PAGE);
  const counts = useMemo(() => countsByCode(findings, CODES), [findings]);
  // Sorted once for each order, then filtered, which keeps the order: a keystroke in the filter
  // filters again, without sorting tens of thousands of findings again.
  const sorted = useMemo(() => sortFindings(findings, sort), [findings, sort]);
  const rows = useMemo(() => filterFindings(sorted, filter), [sorted, filter]);
  return (
    <div className="flex flex-col gap-2">
      <FindingsFilters counts={counts} />
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <p role="status" aria-label="Findings shown">
          {rows.length.toLocaleString('en-US')} of {findings.length.toLocaleString('en-US')}{' '}
          findings
        </p>
        <button
          type="button"
          className={buttonClass}
          disabled={rows.length === 0}
          onClick={() => downloadText('credential-findings.csv', findingsCsv(rows), 'text/csv')}
        >
          Export CSV
        </button>
        <button
          type="button"
          className={buttonClass}
          disabled={rows.length === 0}
          onClick={() => downloadText('credential-findings.json', findingsJson(rows, now))}
        >
          Export JSON
        </button>
      </div>
      <table
        aria-label="Credential report findings"
        className="w-full table-fixed border-collapse text-xs"
      >
        <thead className="border-b border-zinc-200 text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
          <tr>
            {HEADERS.map((header) => (
              <SortHeader
                key={header.label}
                {...header}
                sort={sort}
                onSort={(next) => {
                  setSort(next);
                  setShown(PAGE);
                }}
              />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, shown).map((finding) => (
            <FindingRow key={`${finding.line} ${finding.code}`} finding={finding} />
          ))}
        </tbody>
      </table>
      {rows.length > shown && (
        <button
          type="button"
          className={`${buttonClass} self-start`}
          onClick={() => setShown(shown + PAGE)}
        >
          Show {Math.min(PAGE, rows.length - shown)} more of{' '}
          {(rows.length - shown).toLocaleString('en-US')}
        </button>
      )}
    </div>
  );
}
