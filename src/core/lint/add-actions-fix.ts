import type { Statement } from '../policy/model.ts';
import type { QuickFix } from './finding.ts';

/** A fix that lists these actions after the statement's own; none for a NotAction statement. */
export function addActionsFix(statement: Statement, actions: readonly string[]): QuickFix[] {
  const element = statement.action;
  if (!element || element.negated) return [];
  const listed = [...element.entries.map((entry) => entry.value), ...actions];
  return [
    {
      title: `Add ${actions.join(' and ')}`,
      edits: [{ span: element.span, text: `"Action": ${JSON.stringify(listed)}` }],
    },
  ];
}
