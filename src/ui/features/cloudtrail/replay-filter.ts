import type { ReplayRowView } from '../../../analysis/cloudtrail-replay.ts';

export type OutcomeFilter = 'any' | 'allowed' | 'explicitDeny' | 'implicitDeny';

export interface ReplayFilter {
  /** Part of the caller's ARN, any case. */
  caller: string;
  /** Part of the action (`s3`, `s3:Get`, `getobject`), any case. */
  action: string;
  /** Rows with at least one event of this outcome. */
  outcome: OutcomeFilter;
  /** Rows with events whose outcome differs from what CloudTrail recorded. */
  onlyDifferences: boolean;
}

export const NO_FILTER: ReplayFilter = {
  caller: '',
  action: '',
  outcome: 'any',
  onlyDifferences: false,
};

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
