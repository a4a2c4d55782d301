import Papa from 'papaparse';
import { lineIndex } from '../json/line-index.ts';
import { REPORT_COLUMNS } from './report-columns.ts';
import { readUserRow } from './report-cells.ts';
import type { CredentialUser, ReportError } from './report-model.ts';

export type ReadCsvResult =
  { ok: true; users: CredentialUser[] } | { ok: false; errors: ReportError[] };

const WIDTH = REPORT_COLUMNS.length;

/** What is wrong with the header row, or undefined when it is the report's 22 columns in order. */
function headerProblem(fields: readonly string[]): string | undefined {
  const first = REPORT_COLUMNS.findIndex((column, index) => fields[index] !== column);
  if (first < 0 && fields.length === WIDTH) return undefined;
  if (first < 0) {
    const extra = fields.slice(WIDTH).map((name) => `"${name}"`);
    return `the header has ${fields.length} columns, the credential report ${WIDTH}: ${extra.join(', ')} ${extra.length === 1 ? 'is' : 'are'} not among them`;
  }
  const expected = `column ${first + 1} of the credential report is "${REPORT_COLUMNS[first]}"`;
  if (first >= fields.length) {
    const missing = REPORT_COLUMNS.slice(first).map((name) => `"${name}"`);
    return `the header has ${fields.length} columns, the credential report ${WIDTH}: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing`;
  }
  return `the header's column ${first + 1} is "${fields[first]}", where ${expected} (the header must be the report's ${WIDTH} columns in AWS's order)`;
}

/**
 * The users of the credential report's CSV (IAM User Guide, "Understanding the report format"):
 * a header of the 22 columns in AWS's order, then one row of 22 cells per user. Every row that is
 * not is reported with its line.
 */
export function readReportCsv(text: string): ReadCsvResult {
  const csv = text.replace(/\r\n?/g, '\n');
  if (csv.trim() === '')
    return { ok: false, errors: [{ line: 1, message: 'the report is empty' }] };
  const lineOf = lineIndex(csv);
  const users: CredentialUser[] = [];
  const errors: ReportError[] = [];
  let start = 0;
  let header = true;
  Papa.parse<string[]>(csv, {
    delimiter: ',',
    newline: '\n',
    step: (result, parser) => {
      const line = lineOf(start).line;
      start = result.meta.cursor + 1;
      const fields = result.data;
      if (fields.length === 1 && fields[0] === '') return;
      const malformed = result.errors[0];
      if (malformed) {
        errors.push({ line, message: `not CSV: ${malformed.message}` });
      } else if (header) {
        const problem = headerProblem(fields);
        if (problem !== undefined) {
          // The rows cannot be read by a header that is not the report's.
          errors.push({ line, message: problem });
          parser.abort();
        }
      } else if (fields.length !== WIDTH) {
        errors.push({
          line,
          message: `the row has ${fields.length} cells, the credential report ${WIDTH} columns`,
        });
      } else {
        const user = readUserRow(fields, line);
        if (typeof user === 'string') errors.push({ line, message: user });
        else users.push(user);
      }
      header = false;
    },
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, users };
}
