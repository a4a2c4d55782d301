import { simulate } from '../engine/evaluate.ts';
import { SCENARIO_FORMAT, type ScenarioPolicy } from '../scenario/model.ts';
import type { Can } from './account-view.ts';
import { actingAs } from './role-session.ts';

/** Tests only: `can` answered by the project's evaluator over hand-written policies. */
export function evaluatorCan(policies: ScenarioPolicy[]): Can<string> {
  return (principalArn, action, resource, context) => {
    const principal = actingAs(principalArn);
    const [result] = simulate(
      {
        format: SCENARIO_FORMAT,
        policies,
        requests: [
          { principal, action, resource, ...(context ? { context: { ...context } } : {}) },
        ],
      },
      { now: new Date('2026-03-15T12:00:00Z') },
    ).results;
    if (!result) throw new Error('no result');
    return {
      allowed: result.decision === 'allowed',
      statements: result.matchedStatements.map(
        (statement) => `${statement.policyId}#${statement.statementIndex}`,
      ),
    };
  };
}
