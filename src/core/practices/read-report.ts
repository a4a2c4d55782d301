import { findNodeAtLocation, parseTree, type ParseError } from 'jsonc-parser';
import { lineIndex } from '../json/line-index.ts';
import { syntaxErrorMessage } from '../json/syntax.ts';
import { decodeJsonText, withoutByteOrderMark } from '../json/text.ts';
import { readReportCsv } from './report-csv.ts';
import type { ReadReportResult, ReportError } from './report-model.ts';

/** Base64 as get-credential-report's `Content` holds it; whitespace (line breaks) allowed. */
const BASE64 = /^[A-Za-z0-9+/\s]+=*\s*$/;

function fail(line: number, message: string): ReadReportResult {
  return { ok: false, errors: [{ line, message }] };
}

/** The text of base64 `content`, or why it is not the base64 of UTF-8 text. */
function decodeContent(content: string): { text: string } | { message: string } {
  let binary: string;
  try {
    binary = BASE64.test(content) ? atob(content) : '';
  } catch {
    binary = '';
  }
  if (binary === '') return { message: 'Content is not base64 (RFC 4648)' };
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  const decoded = decodeJsonText(bytes);
  if (!decoded.ok) {
    return { message: `Content, decoded, line ${decoded.line}: ${decoded.message}` };
  }
  return { text: decoded.text };
}

/** The report in base64 `content`, its errors placed at `line` and naming their line in it. */
function readContent(content: string, line: number, generatedTime?: string): ReadReportResult {
  const decoded = decodeContent(content);
  if ('message' in decoded) return fail(line, decoded.message);
  const read = readReportCsv(decoded.text);
  if (!read.ok) {
    const errors: ReportError[] = read.errors.map((error) => ({
      line,
      message: `Content, decoded, line ${error.line}: ${error.message}`,
    }));
    return { ok: false, errors };
  }
  const report =
    generatedTime !== undefined ? { generatedTime, users: read.users } : { users: read.users };
  return { ok: true, report };
}

/**
 * The output of `aws iam get-credential-report` (GetCredentialReport's response: `Content`, the
 * report in base64; `ReportFormat`, `text/csv`; `GeneratedTime`), as the AWS CLI prints it
 * (IAM API Reference, "GetCredentialReport").
 */
function readEnvelope(text: string): ReadReportResult {
  const at = lineIndex(text);
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true });
  const first = errors[0];
  if (first || !tree)
    return fail(at(first?.offset ?? 0).line, first ? syntaxErrorMessage(first) : 'Invalid JSON');
  const lineOf = (key: string) => {
    const node = findNodeAtLocation(tree, [key]);
    return at(node?.parent?.offset ?? 0).line;
  };
  const value = JSON.parse(text) as unknown;
  const fields = typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
  const {
    Content: content,
    ReportFormat: format,
    GeneratedTime: generated,
  } = fields as Record<string, unknown>;
  if (typeof content !== 'string') {
    return fail(
      1,
      "not the output of aws iam get-credential-report: expected an object with Content (the report in base64), or the report's CSV",
    );
  }
  if (format !== undefined && format !== 'text/csv') {
    return fail(
      lineOf('ReportFormat'),
      `ReportFormat is ${JSON.stringify(format)}: the credential report is text/csv`,
    );
  }
  if (
    generated !== undefined &&
    (typeof generated !== 'string' || Number.isNaN(Date.parse(generated)))
  ) {
    return fail(
      lineOf('GeneratedTime'),
      `GeneratedTime is ${JSON.stringify(generated)}: expected an ISO 8601 date-time`,
    );
  }
  return readContent(content, lineOf('Content'), generated);
}

/**
 * A credential report as the studio imports it: the output of `aws iam get-credential-report`
 * (JSON with base64 `Content`), the base64 `Content` alone, or the decoded CSV. Each error is
 * placed at a line of `text`.
 */
export function readCredentialReport(input: string): ReadReportResult {
  const text = withoutByteOrderMark(input);
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return readEnvelope(text);
  if (start !== '' && BASE64.test(text) && !text.includes(',')) return readContent(text, 1);
  const read = readReportCsv(text);
  return read.ok ? { ok: true, report: { users: read.users } } : read;
}
