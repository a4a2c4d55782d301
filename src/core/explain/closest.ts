import type { StatementTrace } from '../engine/trace.ts';

/** What ranking needs of a statement: an explained one, or a trace (rankableTrace). */
export interface Rankable {
  effect: 'Allow' | 'Deny';
  applies: boolean;
  elements: readonly { element: string; matched: boolean }[];
  conditions: readonly { matched: boolean }[];
}

/**
 * How near a statement came to applying: each matched element counts two and the conditions add
 * the share that held (at most one), so one stopped only by a condition outranks one whose resource
 * differs, whatever its conditions.
 */
export function closeness(statement: Rankable): number {
  const elements = statement.elements.filter((check) => check.matched).length;
  const total = statement.conditions.length;
  const held = statement.conditions.filter((condition) => condition.matched).length;
  const conditions = total === 0 ? 1 : held / total;
  // The action weighs most: a statement about another action is rarely what the user meant.
  const action = statement.elements.some((check) => check.element === 'action' && check.matched);
  return 2 * elements + conditions + (action ? 2 : 0);
}

/** The Allow statements that did not apply, nearest first; ties keep their scenario order. */
export function rankClosest<T extends Rankable>(candidates: readonly T[], limit = 3): T[] {
  return candidates
    .filter((statement) => statement.effect === 'Allow' && !statement.applies)
    .map((statement, order) => ({ statement, order, score: closeness(statement) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map(({ statement }) => statement);
}

/**
 * A trace as rankClosest sees it: the elements and conditions explainStatement checks, without
 * wording them, so the closest statements are found before any is explained.
 */
export function rankableTrace(trace: StatementTrace): Rankable & { trace: StatementTrace } {
  const elements = (['action', 'resource', 'principal'] as const).flatMap((element) => {
    const checked = trace[element];
    return checked ? [{ element, matched: checked.matched }] : [];
  });
  return {
    effect: trace.effect,
    applies: trace.applies,
    elements,
    conditions: trace.conditions,
    trace,
  };
}
