import type { SummaryCondition, SummaryResource } from '../../../core/index.ts';

/** The Resource column: `All resources`, or the ARNs, NotResource ones as exceptions. */
export function resourceLines(resources: readonly SummaryResource[]): string[] {
  if (resources.length === 0) return ['None'];
  if (resources.some((r) => r.value === '*' && !r.except)) return ['All resources'];
  const except = resources.filter((r) => r.except).map((r) => r.value);
  const named = resources.filter((r) => !r.except).map((r) => r.value);
  return [...named, ...(except.length > 0 ? [`All resources except ${except.join(', ')}`] : [])];
}

/** The Request condition column: one line per key, or `None`. */
export function conditionLines(conditions: readonly SummaryCondition[]): string[] {
  if (conditions.length === 0) return ['None'];
  return conditions.map((c) => `${c.key} ${c.operator} ${c.values.join(', ')}`);
}
