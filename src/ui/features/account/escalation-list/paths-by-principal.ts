import type { AccountEscalation, AccountEscalationReport } from '../../../../core/index.ts';

/** The paths of each principal, principals in the report's order. */
export function pathsByPrincipal(
  report: AccountEscalationReport,
): Map<string, AccountEscalation[]> {
  const grouped = new Map<string, AccountEscalation[]>();
  for (const path of report.paths) {
    const list = grouped.get(path.principal);
    if (list) list.push(path);
    else grouped.set(path.principal, [path]);
  }
  return grouped;
}
