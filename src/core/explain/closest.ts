import type { StatementExplanation } from './statement.ts';

/**
 * How near a statement came to applying: each matched element counts two and the conditions add
 * the share that held (at most one), so one stopped only by a condition outranks one whose resource
 * differs, whatever its conditions.
 */
export function closeness(statement: StatementExplanation): number {
  const elements = statement.elements.filter((check) => check.matched).length;
  const total = statement.conditions.length;
  const held = statement.conditions.filter((condition) => condition.matched).length;
  const conditions = total === 0 ? 1 : held / total;
  // The action weighs most: a statement about another action is rarely what the user meant.
  const action = statement.elements.some((check) => check.element === 'action' && check.matched);
  return 2 * elements + conditions + (action ? 2 : 0);
}

/** The Allow statements that did not apply, nearest first; ties keep their scenario order. */
export function rankClosest<T extends StatementExplanation>(
  candidates: readonly T[],
  limit = 3,
): T[] {
  return candidates
    .filter((statement) => statement.effect === 'Allow' && !statement.applies)
    .map((statement, order) => ({ statement, order, score: closeness(statement) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map(({ statement }) => statement);
}
