import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import type { ReplayRowView } from '../../../analysis/cloudtrail-replay.ts';
import { inputClass, selectClass } from '../simulator/classes.ts';
import { layoutFreeMeasuring } from '../../components/layout-free-measuring.ts';
import { Select } from '../../components/Select.tsx';
import { WrapAfter } from '../../components/WrapAfter.tsx';
import { counted } from './counts.ts';
import type { OutcomeFilter, ReplayFilter } from '../../../store/cloudtrail-slice.ts';
import { filterRows } from './replay-filter.ts';

/** A row of one line; a long caller ARN or action wraps, and its row is measured. */
const ROW_HEIGHT = 28;
/** The rows' scrolling area at its tallest, in pixels: the virtualizer starts from it. */
const ROWS_HEIGHT = 320;
const MEASURING = layoutFreeMeasuring<HTMLDivElement, Element>(ROWS_HEIGHT, ROW_HEIGHT);
const COLUMNS = 'grid grid-cols-[minmax(0,2.4fr)_minmax(0,1.6fr)_4.5rem_4.5rem_4.5rem_4rem] gap-2';

export interface SelectedRow {
  caller: string;
  action: string;
}

const OUTCOMES: readonly { id: OutcomeFilter; label: string }[] = [
  { id: 'any', label: 'Any outcome' },
  { id: 'allowed', label: 'Allowed' },
  { id: 'explicitDeny', label: 'Explicit deny' },
  { id: 'implicitDeny', label: 'Implicit deny' },
];

function Filters({
  filter,
  onChange,
}: {
  filter: ReplayFilter;
  onChange(filter: ReplayFilter): void;
}) {
  return (
    <div className="flex flex-wrap items-center gap-2 text-xs">
      <input
        aria-label="Filter by caller"
        placeholder="Caller"
        value={filter.caller}
        onChange={(event) => onChange({ ...filter, caller: event.target.value })}
        className={`${inputClass} max-w-56`}
      />
      <input
        aria-label="Filter by service or action"
        placeholder="Service or action"
        value={filter.action}
        onChange={(event) => onChange({ ...filter, action: event.target.value })}
        className={`${inputClass} max-w-48`}
      />
      <Select
        aria-label="Filter by outcome"
        value={filter.outcome}
        options={OUTCOMES}
        onChange={(outcome) => onChange({ ...filter, outcome })}
        className={selectClass}
      />
      <label className="flex items-center gap-1">
        <input
          type="checkbox"
          checked={filter.onlyDifferences}
          onChange={(event) => onChange({ ...filter, onlyDifferences: event.target.checked })}
        />
        Only differences from CloudTrail
      </label>
    </div>
  );
}

const cellNumber = (n: number, tone: string) => (
  <span role="cell" className={`text-right tabular-nums ${n > 0 ? tone : 'text-zinc-400'}`}>
    {n.toLocaleString('en-US')}
  </span>
);

/**
 * The replay by caller and action: events allowed, explicitly and implicitly denied, and those
 * whose outcome differs from CloudTrail's. Only the rows in view are in the page (a trail can
 * hold thousands of callers and actions); a row clicked shows its calls and why.
 */
export function ReplayTable({
  rows,
  filter,
  onFilter,
  selected,
  onSelect,
}: {
  rows: readonly ReplayRowView[];
  filter: ReplayFilter;
  onFilter(filter: ReplayFilter): void;
  selected?: SelectedRow | undefined;
  onSelect(row: SelectedRow): void;
}) {
  const shown = useMemo(() => filterRows(rows, filter), [rows, filter]);
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    ...MEASURING,
  });
  return (
    <section aria-label="Replay by caller and action" className="flex flex-col gap-1.5">
      <Filters filter={filter} onChange={onFilter} />
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        {shown.length === rows.length
          ? counted(rows.length, 'row', 'rows')
          : `${counted(shown.length, 'row', 'rows')} of ${rows.length.toLocaleString('en-US')}`}
      </p>
      <div
        role="table"
        aria-label="Replay"
        aria-rowcount={shown.length + 1}
        className="rounded border border-zinc-200 text-xs dark:border-zinc-800"
      >
        <div
          role="row"
          aria-rowindex={1}
          className={`${COLUMNS} border-b border-zinc-200 bg-zinc-50 px-2 py-1 font-semibold text-zinc-600 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-300`}
        >
          <span role="columnheader">Caller</span>
          <span role="columnheader">Action</span>
          <span role="columnheader" className="text-right">
            Allowed
          </span>
          <span role="columnheader" className="text-right">
            Explicit deny
          </span>
          <span role="columnheader" className="text-right">
            Implicit deny
          </span>
          <span role="columnheader" className="text-right">
            Differs
          </span>
        </div>
        <div
          ref={scroller}
          role="rowgroup"
          className="overflow-auto"
          style={{ maxHeight: ROWS_HEIGHT }}
        >
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = shown[item.index]!;
              const isSelected = selected?.caller === row.caller && selected.action === row.action;
              return (
                <div
                  key={`${row.caller} ${row.action}`}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  role="row"
                  aria-rowindex={item.index + 2}
                  aria-selected={isSelected}
                  data-testid="replay-row"
                  onClick={() => onSelect(row)}
                  style={{
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    right: 0,
                    minHeight: ROW_HEIGHT,
                    transform: `translateY(${item.start}px)`,
                  }}
                  className={`${COLUMNS} cursor-pointer items-center px-2 py-1 hover:bg-zinc-100 dark:hover:bg-zinc-800 ${isSelected ? 'bg-sky-50 dark:bg-sky-950/40' : ''}`}
                >
                  <span
                    role="cell"
                    className="font-mono [overflow-wrap:anywhere]"
                    title={row.caller}
                  >
                    <WrapAfter text={row.caller} after=":/" />
                  </span>
                  <span role="cell" className="font-mono [overflow-wrap:anywhere]">
                    <button
                      type="button"
                      className="text-left hover:underline focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-sky-500"
                      onClick={(event) => {
                        event.stopPropagation();
                        onSelect(row);
                      }}
                    >
                      <WrapAfter text={row.action} after=":" />
                    </button>
                  </span>
                  {cellNumber(row.allowed, 'text-green-700 dark:text-green-400')}
                  {cellNumber(row.explicitDeny, 'text-red-700 dark:text-red-400')}
                  {cellNumber(row.implicitDeny, 'text-amber-700 dark:text-amber-300')}
                  {cellNumber(row.differing, 'font-semibold text-red-700 dark:text-red-400')}
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </section>
  );
}
