import {
  statementCoverage,
  type CoverageDecision,
  type PreparedScenario,
  type StatementUse,
} from '../core/index.ts';

/** The option `simulate` takes; anything else is refused. */
export const COVERAGE_OPTION = '--coverage';

const statementJson = ({ index, sid, effect, span, decided, canDecide }: StatementUse) => ({
  statementIndex: index,
  ...(sid !== undefined && { sid }),
  effect,
  range: { start: span.start, end: span.end },
  decided,
  ...(!canDecide && { counted: false }),
});

/**
 * `simulate --coverage`'s "coverage" object: of each policy of the scenario, the statements with the
 * number of requests each decided, the share of them ever decisive, and those never used.
 */
export function coverageJson(prepared: PreparedScenario, decisions: readonly CoverageDecision[]) {
  const policies = prepared.policies.map(({ source, parsed }) => ({
    id: source.id,
    ...(source.name !== undefined && { name: source.name }),
    type: source.type,
    statements: parsed.policy.statements,
  }));
  const coverage = statementCoverage(policies, decisions);
  return {
    requests: coverage.requests,
    policies: coverage.policies.map((policy) => ({
      policyId: policy.policyId,
      ...(policy.name !== undefined && { name: policy.name }),
      type: policy.type,
      percent: policy.percent,
      decisive: policy.decisive,
      counted: policy.countable,
      neverUsed: policy.neverUsed.map((use) => use.index),
      statements: policy.statements.map(statementJson),
    })),
  };
}
