import type { PolicyCoverage, StatementUse } from '../../../core/index.ts';

/** `Statement 2 · Write · Allow`: its place (from 1, as the editor's form numbers them), Sid, effect. */
export function statementLabel({ index, sid, effect }: StatementUse): string {
  return [`Statement ${index + 1}`, sid, effect].filter(Boolean).join(' · ');
}

export function percentText({ decisive, countable }: PolicyCoverage): string {
  if (countable === 0) return 'No statement of it decides requests.';
  return `${decisive} of ${counted(countable, 'statement')} decided a request`;
}

/** Why some statements are not counted, when some are not. */
export function uncountedNote({ statements, type }: PolicyCoverage): string | undefined {
  const uncounted = statements.filter((statement) => !statement.canDecide).length;
  if (uncounted === 0) return undefined;
  const which =
    uncounted === 1 ? 'Its Allow statement caps' : `Its ${uncounted} Allow statements cap`;
  return `${which} what other policies grant (a ${type} policy): not counted.`;
}

/** `1 request`, `3 requests`. */
export const counted = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;
