import type { ReplayRowView } from '../../../analysis/cloudtrail-replay.ts';
import type { ReplayFilter } from '../../../store/cloudtrail-slice.ts';

/** The rows of the replay table the filter keeps, in their order. */
export function filterRows(rows: readonly ReplayRowView[], filter: ReplayFilter): ReplayRowView[] {
  const caller = filter.caller.trim().toLowerCase();
  const action = filter.action.trim().toLowerCase();
  return rows.filter(
    (row) =>
      (caller === '' || row.caller.toLowerCase().includes(caller)) &&
      (action === '' || row.action.toLowerCase().includes(action)) &&
      (filter.outcome === 'any' || row[filter.outcome] > 0) &&
      (!filter.onlyDifferences || row.differing > 0),
  );
}
