import type { Scenario, ScenarioRequest } from '../scenario/model.ts';
import { LayerTracer } from './layer-tracer.ts';
import { prepareScenario, type PreparedScenario } from './prepare.ts';
import { runRequest, type EvaluateOptions } from './run-request.ts';
import type { RequestDecision, RequestResult, SimulationResult } from './trace.ts';
import { summarize } from './summary.ts';

export { prepareScenario, type PreparedScenario, type PolicyProblems } from './prepare.ts';
export type { EvaluateOptions } from './run-request.ts';

/** Decides one request as AWS would, with the trace of every layer, policy and statement. */
export function evaluateRequest(
  prepared: PreparedScenario,
  request: ScenarioRequest,
  index: number,
  options: EvaluateOptions = {},
): RequestResult {
  const tracer = new LayerTracer();
  const decision = runRequest(prepared, request, index, options, tracer);
  return { ...decision, layers: tracer.layers };
}

/**
 * The same decision and deciding statements as evaluateRequest, without tracing the layers, their
 * policies and statements: a large scenario decides much faster.
 */
export function decideRequest(
  prepared: PreparedScenario,
  request: ScenarioRequest,
  index: number,
  options: EvaluateOptions = {},
): RequestDecision {
  return runRequest(prepared, request, index, options, undefined);
}

/** Evaluates every request of a scenario, policies parsed once. */
export function simulate(scenario: Scenario, options: EvaluateOptions = {}): SimulationResult {
  const prepared = prepareScenario(scenario);
  const now = options.now ?? new Date();
  const results = scenario.requests.map((request, index) =>
    evaluateRequest(prepared, request, index, { now }),
  );
  return { results, summary: summarize(results) };
}
