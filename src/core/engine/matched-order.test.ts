import { describe, expect, it } from 'vitest';
import { SCENARIO_FORMAT, type Scenario } from '../scenario/model.ts';
import { decideRequest, prepareScenario } from './evaluate.ts';

const ALICE = 'arn:aws:iam::111122223333:user/alice';
const BUCKET = 'arn:aws:s3:::reports/q1.csv';

const policy = (statements: object[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements });
const deny = { Effect: 'Deny', Action: 's3:GetObject', Resource: '*' };

// The resource layer runs before the identity layer, so its Deny is found first; a result lists
// the deciding statements in the order of the scenario's policies, then of their statements.
describe('the deciding statements of a result', () => {
  it('follow the scenario order of their policies and statements, not the order of the layers', () => {
    const scenario: Scenario = {
      format: SCENARIO_FORMAT,
      policies: [
        { id: 'first', type: 'identity', attachedTo: [ALICE], document: policy([deny]) },
        {
          id: 'second',
          type: 'resource',
          attachedTo: [BUCKET],
          document: policy([{ ...deny, Principal: '*' }]),
        },
        {
          id: 'third',
          type: 'identity',
          attachedTo: [ALICE],
          document: policy([
            { ...deny, Sid: 'A' },
            { ...deny, Sid: 'B' },
          ]),
        },
      ],
      requests: [{ principal: ALICE, action: 's3:GetObject', resource: BUCKET }],
    };
    const result = decideRequest(prepareScenario(scenario), scenario.requests[0]!, 0);
    expect(result.decision).toBe('explicitDeny');
    expect(
      result.matchedStatements.map(
        ({ policyId, statementIndex }) => `${policyId}#${statementIndex}`,
      ),
    ).toEqual(['first#0', 'second#0', 'third#0', 'third#1']);
  });
});
