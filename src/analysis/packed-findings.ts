import type { CredentialFinding, CredentialSeverity } from '../core/index.ts';

/**
 * Credential findings as they cross from the worker to the page: a column per field, each text
 * that repeats (a code, a severity, a rule's message, remedy and source) and each list of evidence
 * columns sent once. A structured clone writes every object's keys and strings again and the
 * page's main thread makes them all again as it takes the message in: the 10,001 findings of a
 * 10,000-user report took 24 ms to clone in Node as objects, 6.5 ms as columns, and 4 ms more to
 * make the objects again in the page's next task.
 */
export interface PackedFindings {
  texts: string[];
  /** For each finding, the index in `texts` of its code, severity, message, remedy and source. */
  code: number[];
  severity: number[];
  message: number[];
  remedy: number[];
  source: number[];
  user: string[];
  arn: string[];
  line: number[];
  /** The lists of column names the findings' evidence has. */
  columnLists: string[][];
  /** For each finding, the index in `columnLists` of its evidence's column names. */
  evidenceColumns: number[];
  /** The evidence's values, finding after finding, in the order of their column names. */
  evidenceValues: string[];
}

/** Values kept once each: `indexOf` gives a value's place, adding it the first time. */
function table<T>(keyOf: (value: T) => string) {
  const values: T[] = [];
  const indexes = new Map<string, number>();
  return {
    values,
    indexOf(value: T): number {
      const key = keyOf(value);
      let index = indexes.get(key);
      if (index === undefined) {
        index = values.push(value) - 1;
        indexes.set(key, index);
      }
      return index;
    },
  };
}

export function packFindings(findings: readonly CredentialFinding[]): PackedFindings {
  const texts = table<string>((text) => text);
  const columnLists = table<string[]>((columns) => columns.join(' '));
  const evidenceValues: string[] = [];
  const evidenceColumns = findings.map(({ evidence }) => {
    const columns = Object.keys(evidence) as (keyof typeof evidence)[];
    for (const column of columns) evidenceValues.push(evidence[column]!);
    return columnLists.indexOf(columns);
  });
  const indexesOf = (field: 'code' | 'severity' | 'message' | 'remedy' | 'source') =>
    findings.map((finding) => texts.indexOf(finding[field]));
  return {
    code: indexesOf('code'),
    severity: indexesOf('severity'),
    message: indexesOf('message'),
    remedy: indexesOf('remedy'),
    source: indexesOf('source'),
    texts: texts.values,
    user: findings.map((finding) => finding.user),
    arn: findings.map((finding) => finding.arn),
    line: findings.map((finding) => finding.line),
    columnLists: columnLists.values,
    evidenceColumns,
    evidenceValues,
  };
}

/** The findings again, their keys in the order the core writes them (the JSON export's). */
export function unpackFindings(packed: PackedFindings): CredentialFinding[] {
  const { texts, columnLists, evidenceValues } = packed;
  let value = 0;
  return packed.user.map((user, index) => {
    const evidence: Record<string, string> = {};
    for (const column of columnLists[packed.evidenceColumns[index]!]!) {
      evidence[column] = evidenceValues[value]!;
      value += 1;
    }
    return {
      code: texts[packed.code[index]!]!,
      severity: texts[packed.severity[index]!] as CredentialSeverity,
      user,
      arn: packed.arn[index]!,
      line: packed.line[index]!,
      message: texts[packed.message[index]!]!,
      evidence,
      remedy: texts[packed.remedy[index]!]!,
      source: texts[packed.source[index]!]!,
    };
  });
}
