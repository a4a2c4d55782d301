import type { Explanation, NamedStatement } from './explain.ts';

/**
 * The statements of a step that an explanation with detail 'relevant' leaves out, taken from the
 * same request's full explanation: those that do not apply and are not among the closest.
 */
export function otherStatements(full: Explanation, step: number): NamedStatement[] {
  const closest = new Set(full.closest.map((s) => `${s.policyId}#${s.statementIndex}`));
  return (full.steps[step]?.policies ?? []).flatMap((policy) =>
    policy.statements.filter(
      (statement) =>
        !statement.applies && !closest.has(`${statement.policyId}#${statement.statementIndex}`),
    ),
  );
}
