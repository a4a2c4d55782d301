import { bench, describe } from 'vitest';
import { evaluateRequest, prepareScenario } from '../engine/evaluate.ts';
import { allow, NOW, policy } from '../engine/test-scenarios.ts';
import { SCENARIO_FORMAT, type ScenarioRequest } from '../scenario/model.ts';
import { attachedElsewhere } from './attached-elsewhere.ts';
import { explainRequest } from './explain.ts';

// `npx vitest bench src/core/explain/attached-elsewhere.bench.ts --run`: explaining an implicit
// deny in a scenario of N users, each with a policy of 10 statements attached to them alone, every
// policy allowing the request's action on its own bucket (the worst case: no policy is ruled out
// by its actions). Only the selected request is explained, once per run.
const REQUEST: ScenarioRequest = {
  principal: 'arn:aws:iam::111122223333:user/bob',
  action: 's3:GetObject',
  resource: 'arn:aws:s3:::bucket-1/report.csv',
};

function usersScenario(users: number) {
  const policies = Array.from({ length: users }, (_, user) =>
    policy(
      `user-${user}`,
      'identity',
      Array.from({ length: 10 }, (_, s) =>
        allow(s === 0 ? 's3:GetObject' : `s3:Put${s}*`, `arn:aws:s3:::bucket-${user}/*`),
      ),
      { attachedTo: [`arn:aws:iam::111122223333:user/u${user}`] },
    ),
  );
  const prepared = prepareScenario({ format: SCENARIO_FORMAT, policies, requests: [REQUEST] });
  return { prepared, result: evaluateRequest(prepared, REQUEST, 0, { now: NOW }) };
}

for (const users of [100, 1000]) {
  const { prepared, result } = usersScenario(users);
  describe(`an implicit deny among ${users} users' policies`, () => {
    bench('the policies attached elsewhere', () => {
      attachedElsewhere(prepared, REQUEST, result, NOW);
    });
    bench('the whole explanation', () => {
      explainRequest(prepared, REQUEST, result, 'relevant', NOW);
    });
  });
}
