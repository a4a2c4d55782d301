import {
  SCENARIO_FORMAT,
  type Scenario,
  type ScenarioPolicy,
  type ScenarioRequest,
} from '../scenario/model.ts';
import { evaluateRequest, prepareScenario } from '../engine/evaluate.ts';
import { ALICE, BUCKET_OBJECT, NOW } from '../engine/test-scenarios.ts';
import { explainRequest, type Detail, type Explanation } from './explain.ts';

/** Test helper: runs the engine on one request and explains its result. */
export function explainOne(
  policies: ScenarioPolicy[],
  request: Partial<ScenarioRequest> = {},
  organization?: Scenario['organization'],
  detail: Detail = 'all',
): Explanation {
  const full: ScenarioRequest = {
    principal: ALICE,
    action: 's3:GetObject',
    resource: BUCKET_OBJECT,
    ...request,
  };
  const scenario: Scenario = { format: SCENARIO_FORMAT, policies, requests: [full] };
  if (organization) scenario.organization = organization;
  const prepared = prepareScenario(scenario);
  const result = evaluateRequest(prepared, full, 0, { now: NOW });
  return explainRequest(prepared, full, result, detail, NOW);
}

/** The summary of the one statement of the first policy of the first step that has it. */
export function onlySummary(explanation: Explanation): string {
  const statement = explanation.steps
    .flatMap((step) => step.policies)
    .flatMap((p) => p.statements)[0];
  if (!statement) throw new Error('no statement explained');
  return statement.summary;
}
