import { describe, expect, it, vi } from 'vitest';
import { evaluateRequest, prepareScenario } from '../engine/evaluate.ts';
import { ALICE, allow, BUCKET_OBJECT, deny, NOW, policy } from '../engine/test-scenarios.ts';
import { parsePolicy } from '../policy/parse.ts';
import { SCENARIO_FORMAT, type Scenario, type ScenarioRequest } from '../scenario/model.ts';
import { explainRequest } from './explain.ts';

// Spied on, to tell whether the explanation read a text itself.
vi.mock(import('../policy/parse.ts'), { spy: true });

const request: ScenarioRequest = {
  principal: ALICE,
  action: 's3:GetObject',
  resource: BUCKET_OBJECT,
};
const scenario: Scenario = {
  format: SCENARIO_FORMAT,
  policies: [
    policy('app', 'identity', [allow('s3:GetObject', '*', { Sid: 'Read' })], { name: 'App' }),
    policy('guard', 'identity', [deny('s3:DeleteObject', '*', { Sid: 'NoDelete' })]),
  ],
  requests: [request],
};

describe('explainRequest from a prepared scenario', () => {
  it("reads the statements of the engine's parses, parsing no text", () => {
    const prepared = prepareScenario(scenario);
    const result = evaluateRequest(prepared, request, 0, { now: NOW });
    vi.mocked(parsePolicy).mockClear();
    const explanation = explainRequest(prepared, request, result);
    expect(vi.mocked(parsePolicy)).not.toHaveBeenCalled();
    expect(explanation.headline).toBe('Allowed by Statement Read in App.');
    const explained = explanation.steps.flatMap((step) => step.policies);
    expect(explained.flatMap((p) => p.statements.map((s) => s.sid))).toEqual(['Read', 'NoDelete']);
  });
});
