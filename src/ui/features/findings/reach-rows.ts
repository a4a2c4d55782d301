import type { LintFinding } from '../../../core/index.ts';

/** Statements whose reach is worked out as soon as they are listed; the others' on request. */
export const REACH_AT_ONCE = 10;

/**
 * The findings under which a statement's reach is shown: the first broad finding of each
 * statement in the order listed, so that a statement with several (a wildcard action, its `*`
 * resource, the permissions management it grants) shows what it grants once. Each maps to
 * whether it is worked out at once: for the first REACH_AT_ONCE statements, so that a policy
 * with hundreds of broad statements does not hold the page counting them all.
 */
export function reachRows<T extends LintFinding>(listed: readonly T[]): ReadonlyMap<T, boolean> {
  const statements = new Set<number>();
  const rows = new Map<T, boolean>();
  for (const finding of listed) {
    const statement = finding.broadStatement;
    if (statement === undefined || statements.has(statement)) continue;
    statements.add(statement);
    rows.set(finding, statements.size <= REACH_AT_ONCE);
  }
  return rows;
}
