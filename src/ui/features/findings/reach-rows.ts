import type { LintFinding } from '../../../core/index.ts';

/**
 * The findings under which a statement's reach is shown: the first broad finding of each
 * statement in the order listed, so that a statement with several (a wildcard action, its `*`
 * resource, the permissions management it grants) shows what it grants once.
 */
export function reachRows<T extends LintFinding>(listed: readonly T[]): ReadonlySet<T> {
  const statements = new Set<number>();
  const rows = new Set<T>();
  for (const finding of listed) {
    const statement = finding.broadStatement;
    if (statement === undefined || statements.has(statement)) continue;
    statements.add(statement);
    rows.add(finding);
  }
  return rows;
}
