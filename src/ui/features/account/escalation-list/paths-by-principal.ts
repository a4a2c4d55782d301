import type { EscalationReport, WhoCanStatement } from '../../../../core/index.ts';

/** What the escalations view shows: the paths found, with the admin-equivalent principals. */
export type EscalationsReport = EscalationReport<WhoCanStatement> & { admins: string[] };

export type ReportEscalation = EscalationsReport['paths'][number];

/** The paths of each principal, principals in the report's order. */
export function pathsByPrincipal(report: EscalationsReport): Map<string, ReportEscalation[]> {
  const grouped = new Map<string, ReportEscalation[]>();
  for (const path of report.paths) {
    const list = grouped.get(path.principal);
    if (list) list.push(path);
    else grouped.set(path.principal, [path]);
  }
  return grouped;
}
