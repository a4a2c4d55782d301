import type { CredentialFinding, CredentialSeverity } from '../../../core/index.ts';
import type { FindingsFilter } from '../../../store/practices-slice.ts';

export type FindingsColumn = 'severity' | 'code' | 'user' | 'line';

export interface FindingsSort {
  column: FindingsColumn;
  descending: boolean;
}

/** The core's order: high first, then the report's order. */
export const DEFAULT_SORT: FindingsSort = { column: 'severity', descending: false };

const SEVERITY_RANK: Record<CredentialSeverity, number> = { high: 0, medium: 1, low: 2 };

const compareBy: Record<FindingsColumn, (a: CredentialFinding, b: CredentialFinding) => number> = {
  severity: (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity],
  code: (a, b) => a.code.localeCompare(b.code),
  user: (a, b) => a.user.localeCompare(b.user),
  line: (a, b) => a.line - b.line,
};

/**
 * The findings the filter lets through, in their order: one severity, one code, a user's name or
 * ARN containing text.
 */
export function filterFindings(
  findings: readonly CredentialFinding[],
  filter: FindingsFilter,
): CredentialFinding[] {
  const text = filter.user.trim().toLowerCase();
  return findings.filter(
    (finding) =>
      (filter.severity === 'all' || finding.severity === filter.severity) &&
      (filter.code === '' || finding.code === filter.code) &&
      (text === '' ||
        finding.user.toLowerCase().includes(text) ||
        finding.arn.toLowerCase().includes(text)),
  );
}

/** Sorted by one column; ties keep the order given (the core's: severity, report, rule). */
export function sortFindings(
  findings: readonly CredentialFinding[],
  sort: FindingsSort,
): CredentialFinding[] {
  const compare = compareBy[sort.column];
  const sign = sort.descending ? -1 : 1;
  return [...findings].sort((a, b) => sign * compare(a, b));
}

/** How many findings each code has, every code given counted (0 when it has none). */
export function countsByCode(
  findings: readonly CredentialFinding[],
  codes: readonly string[],
): Map<string, number> {
  const counts = new Map(codes.map((code) => [code, 0]));
  for (const finding of findings) counts.set(finding.code, (counts.get(finding.code) ?? 0) + 1);
  return counts;
}
