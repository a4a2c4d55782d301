import type { CredentialFinding } from '../../../core/index.ts';

const CSV_COLUMNS = [
  'severity',
  'code',
  'user',
  'arn',
  'line',
  'message',
  'evidence',
  'remedy',
  'source',
] as const;

/**
 * A cell as RFC 4180 writes it, and never read as a formula by a spreadsheet: a user name is
 * untrusted text, and one starting with =, +, - or @ would run when the file is opened (OWASP,
 * "CSV Injection").
 */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const evidenceText = (finding: CredentialFinding) =>
  Object.entries(finding.evidence)
    .map(([column, value]) => `${column}=${value}`)
    .join('; ');

/** The findings as CSV, one line each, the evidence as column=value pairs. */
export function findingsCsv(findings: readonly CredentialFinding[]): string {
  const rows = findings.map((finding) =>
    CSV_COLUMNS.map((column) =>
      csvCell(column === 'evidence' ? evidenceText(finding) : String(finding[column])),
    ).join(','),
  );
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/** The findings as JSON, with when ages were counted from: the command line's `findings`. */
export function findingsJson(findings: readonly CredentialFinding[], now: string): string {
  return `${JSON.stringify({ now, findings }, null, 2)}\n`;
}
