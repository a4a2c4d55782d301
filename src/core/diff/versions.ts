import type { ParsedPolicy, Statement } from '../policy/model.ts';
import { offsetToLineColumn } from '../policy/position.ts';
import type { DiffResult } from './model.ts';

/** Why a version cannot be compared: its errors, each with its line and column. */
export function unreadable(label: string, parsed: ParsedPolicy): string[] {
  return parsed.problems
    .filter((problem) => problem.severity === 'error')
    .map((problem) => {
      const { line, column } = offsetToLineColumn(parsed.text, problem.span.start);
      return `${label} policy, line ${line}, column ${column}: ${problem.message}`;
    });
}

/** The answer when some version cannot be read: unknown, with where and why. */
export function cannotCompare(problems: string[]): DiffResult {
  return {
    result: 'unknown',
    newAccess: [],
    removedAccess: [],
    unknown: problems,
    requestsChecked: 0,
  };
}

/** Policy variables exist from Version 2012-10-17; with 2008-10-17 or none, `${...}` is literal text. */
function readsVariables(parsed: ParsedPolicy): boolean {
  return parsed.policy.version?.value === '2012-10-17';
}

/**
 * Which statements read policy variables, and whether the versions differ in it (then the same
 * statement text means different things in each, and every statement counts as changed).
 */
export function readsVariablesOf(parsed: readonly ParsedPolicy[]): {
  readsVariables: (statement: Statement) => boolean;
  allChanged: boolean;
} {
  const reading = new Set(
    parsed.filter(readsVariables).flatMap((policy) => policy.policy.statements),
  );
  const kinds = new Set(parsed.map(readsVariables));
  return { readsVariables: (statement) => reading.has(statement), allChanged: kinds.size > 1 };
}
