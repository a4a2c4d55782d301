import {
  evaluateRequest,
  prepareScenario,
  type PreparedScenario,
} from '../core/engine/evaluate.ts';
import type {
  MatchedStatement,
  RequestResult,
  SimulationSummary,
  UnevaluablePolicy,
} from '../core/engine/trace.ts';
import { explainRequest, type Explanation } from '../core/explain/explain.ts';
import type { Decision } from '../core/scenario/model.ts';
import {
  SCENARIO_FORMAT,
  type Scenario,
  type ScenarioPolicy,
  type ScenarioRequest,
} from '../core/scenario/model.ts';
import type { MatrixSettings } from './requests-slice.ts';

/**
 * The simulation derived from the store: plain data in, plain data out, so it runs the same in a
 * Web Worker and on the main thread. Full traces stay here; only the selected request's
 * explanation leaves, which keeps what crosses to the UI small.
 */

export interface SimulationInput {
  policies: ScenarioPolicy[];
  requests: ScenarioRequest[];
  /** The request to explain. */
  selected: number | null;
  /** The matrix to compute; null when the matrix is not shown. */
  matrix: MatrixSettings | null;
}

export interface RequestOutcome {
  id: string;
  decision: Decision;
  matchedStatements: MatchedStatement[];
  unevaluable: UnevaluablePolicy[];
  expect?: Decision;
  pass?: boolean;
}

export interface MatrixOutput {
  principal: string;
  actions: string[];
  resources: string[];
  /** cells[actionIndex][resourceIndex] */
  cells: RequestOutcome[][];
}

export interface SimulationOutput {
  outcomes: RequestOutcome[];
  summary: SimulationSummary;
  explanation: { index: number; explanation: Explanation } | null;
  matrix: MatrixOutput | null;
  /** How long the engine took, in milliseconds. */
  durationMs: number;
}

export function buildScenario(policies: ScenarioPolicy[], requests: ScenarioRequest[]): Scenario {
  return { format: SCENARIO_FORMAT, policies, requests };
}

function outcomeOf(result: RequestResult): RequestOutcome {
  const { id, decision, matchedStatements, unevaluable, expect, pass } = result;
  const outcome: RequestOutcome = { id, decision, matchedStatements, unevaluable };
  if (expect !== undefined) outcome.expect = expect;
  if (pass !== undefined) outcome.pass = pass;
  return outcome;
}

function summarize(outcomes: RequestOutcome[]): SimulationSummary {
  const summary = {
    requests: outcomes.length,
    allowed: 0,
    explicitDeny: 0,
    implicitDeny: 0,
    failedExpectations: 0,
  };
  for (const outcome of outcomes) {
    summary[outcome.decision] += 1;
    if (outcome.pass === false) summary.failedExpectations += 1;
  }
  return summary;
}

function nonEmpty(values: string[]): string[] {
  return values.map((value) => value.trim()).filter((value) => value !== '');
}

interface Run {
  key: string;
  prepared: PreparedScenario;
  results: RequestResult[];
}

function evaluateAll(scenario: Scenario, now: Date): Omit<Run, 'key'> {
  const prepared = prepareScenario(scenario);
  const results = scenario.requests.map((request, index) =>
    evaluateRequest(prepared, request, index, { now }),
  );
  return { prepared, results };
}

function runMatrix(policies: ScenarioPolicy[], matrix: MatrixSettings, now: Date): MatrixOutput {
  const actions = nonEmpty(matrix.actions);
  const resources = nonEmpty(matrix.resources);
  const requests = actions.flatMap((action) =>
    resources.map((resource) => ({
      principal: matrix.principal,
      action,
      resource,
      context: matrix.context,
    })),
  );
  const { results } = evaluateAll(buildScenario(policies, requests), now);
  const cells = actions.map((_, a) =>
    resources.map((_, r) => outcomeOf(results[a * resources.length + r]!)),
  );
  return { principal: matrix.principal, actions, resources, cells };
}

/**
 * Keeps the last run, so that selecting another request explains it without evaluating again.
 * Inputs are compared as JSON because a worker receives copies, never the same objects.
 */
export function createSimulator() {
  let last: Run | undefined;
  let lastMatrix: { key: string; output: MatrixOutput } | undefined;
  return (input: SimulationInput, now = new Date()): SimulationOutput => {
    const started = performance.now();
    const key = JSON.stringify([input.policies, input.requests]);
    if (last?.key !== key) {
      last = { key, ...evaluateAll(buildScenario(input.policies, input.requests), now) };
    }
    const { prepared, results } = last;
    const { scenario } = prepared;
    let matrix: MatrixOutput | null = null;
    if (input.matrix) {
      const matrixKey = JSON.stringify([input.policies, input.matrix]);
      if (lastMatrix?.key !== matrixKey)
        lastMatrix = { key: matrixKey, output: runMatrix(input.policies, input.matrix, now) };
      matrix = lastMatrix.output;
    }
    const selected = input.selected;
    const request = selected === null ? undefined : scenario.requests[selected];
    const result = selected === null ? undefined : results[selected];
    const outcomes = results.map(outcomeOf);
    return {
      outcomes,
      summary: summarize(outcomes),
      explanation:
        selected !== null && request && result
          ? {
              index: selected,
              explanation: explainRequest(
                scenario,
                request,
                result,
                (policyId) =>
                  prepared.policies.find((policy) => policy.source.id === policyId)?.parsed.policy
                    .statements,
              ),
            }
          : null,
      matrix,
      durationMs: performance.now() - started,
    };
  };
}
