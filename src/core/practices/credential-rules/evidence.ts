import type { ReportColumn } from '../report-columns.ts';
import type { CredentialUser, ReportAccessKey } from '../report-model.ts';

/** The user's cells of `columns`, as AWS wrote them. */
export function cellsOf(
  user: CredentialUser,
  columns: readonly ReportColumn[],
): Partial<Record<ReportColumn, string>> {
  return Object.fromEntries(columns.map((column) => [column, user.cells[column]]));
}

/** The columns of one access key: access_key_1_* or access_key_2_*. */
export function keyColumns(
  key: ReportAccessKey,
  ...names: ('active' | 'last_rotated' | 'last_used_date')[]
): ReportColumn[] {
  return names.map((name) => `access_key_${key.number}_${name}` as const);
}
