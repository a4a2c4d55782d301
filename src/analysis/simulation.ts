import {
  type Account,
  type ContextValue,
  createPolicyCache,
  decideRequest,
  type Decision,
  type Detail,
  evaluateRequest,
  explainRequest,
  type Explanation,
  type MatchedStatement,
  type NamedStatement,
  otherStatements,
  type PolicyCache,
  type PreparedScenario,
  prepareScenario,
  type RequestDecision,
  type RequestResult,
  type Scenario,
  SCENARIO_FORMAT,
  type ScenarioPolicy,
  type ScenarioRequest,
  type SimulationSummary,
  summarize,
  type UnevaluablePolicy,
} from '../core/index.ts';
import { ParsedTexts } from './parsed-texts.ts';

/**
 * The simulation derived from the store: plain data in, plain data out, so it runs the same in a
 * Web Worker and on the main thread. Full traces stay here; only the selected request's
 * explanation leaves, detailing only the statements that matter, which keeps what crosses to the
 * UI small. The statements it leaves out are sent when the user asks for them (otherStatements).
 */

/** Several actions times several resources for one principal and context (AWS simulator style). */
export interface MatrixSettings {
  principal: string;
  actions: string[];
  resources: string[];
  context: Record<string, ContextValue>;
}

export interface SimulationInput {
  policies: ScenarioPolicy[];
  requests: ScenarioRequest[];
  /** The request to explain. */
  selected: number | null;
  /** The matrix to compute; null when the matrix is not shown. */
  matrix: MatrixSettings | null;
  /** The scenario's account, whose principals requests may name. */
  account?: Account;
}

/**
 * A simulation as the page sends it to the worker: its account named by the key the worker holds
 * it under (account-sender.ts), not copied into every job.
 */
export type SimulationJob = Omit<SimulationInput, 'account'> & { account?: string };

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
  explanation: { index: number; run: number; explanation: Explanation } | null;
  matrix: MatrixOutput | null;
  /** How long the engine took, in milliseconds. */
  durationMs: number;
}

export function buildScenario(
  policies: ScenarioPolicy[],
  requests: ScenarioRequest[],
  account?: Account,
): Scenario {
  return { format: SCENARIO_FORMAT, policies, requests, ...(account && { account }) };
}

function outcomeOf(result: RequestDecision): RequestOutcome {
  const { id, decision, matchedStatements, unevaluable, expect, pass } = result;
  const outcome: RequestOutcome = { id, decision, matchedStatements, unevaluable };
  if (expect !== undefined) outcome.expect = expect;
  if (pass !== undefined) outcome.pass = pass;
  return outcome;
}

function nonEmpty(values: string[]): string[] {
  return values.map((value) => value.trim()).filter((value) => value !== '');
}

/** Which left-out statements to send: those of one step of an explanation sent before. */
export interface OtherStatementsQuery {
  /** The run the explanation came from; a query about an older run gets null. */
  run: number;
  index: number;
  step: number;
}

interface Run {
  key: string;
  account: Account | undefined;
  /** Counts runs, so that a query can tell whether it is about this one. */
  generation: number;
  now: Date;
  prepared: PreparedScenario;
  outcomes: RequestOutcome[];
  /** The full trace of the last request explained, computed on demand. */
  traced?: { index: number; result: RequestResult };
  explained?: { index: number; explanation: Explanation };
}

function decideAll(scenario: Scenario, now: Date, cache: PolicyCache) {
  const prepared = prepareScenario(scenario, cache);
  const outcomes = scenario.requests.map((request, index) =>
    outcomeOf(decideRequest(prepared, request, index, { now })),
  );
  return { prepared, outcomes };
}

function runMatrix(
  { policies, account }: SimulationInput,
  matrix: MatrixSettings,
  now: Date,
  cache: PolicyCache,
): MatrixOutput {
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
  const { outcomes } = decideAll(buildScenario(policies, requests, account), now, cache);
  const cells = actions.map((_, a) => resources.map((_, r) => outcomes[a * resources.length + r]!));
  return { principal: matrix.principal, actions, resources, cells };
}

function tracedResult(run: Run, index: number): RequestResult | undefined {
  const request = run.prepared.scenario.requests[index];
  if (!request) return undefined;
  if (run.traced?.index !== index) {
    const result = evaluateRequest(run.prepared, request, index, { now: run.now });
    run.traced = { index, result };
  }
  return run.traced.result;
}

function explain(run: Run, index: number, detail: Detail): Explanation | undefined {
  const result = tracedResult(run, index);
  const request = run.prepared.scenario.requests[index];
  if (!request || !result) return undefined;
  return explainRequest(run.prepared, request, result, detail, run.now);
}

function explained(run: Run, index: number): SimulationOutput['explanation'] {
  if (run.explained?.index !== index) {
    const explanation = explain(run, index, 'relevant');
    if (!explanation) return null;
    run.explained = { index, explanation };
  }
  return { index, run: run.generation, explanation: run.explained.explanation };
}

export interface Simulator {
  (input: SimulationInput, now?: Date): SimulationOutput;
  /** The statements an explanation left out; null when its run has been replaced. */
  otherStatements(query: OtherStatementsQuery): NamedStatement[] | null;
}

/**
 * Keeps the last run, so that selecting another request explains it without deciding again, and
 * the prepared policies, so that an edit re-parses only the edited policy. Every request is
 * decided without traces; only the selected one is traced in full, for its explanation. Inputs
 * are compared as JSON because a worker receives copies, never the same objects; the account, held
 * by the worker, by identity. A new text is
 * read by `parses` (the worker's, shared with lint), so it is not parsed again here.
 */
export function createSimulator(parses = new ParsedTexts()): Simulator {
  let last: Run | undefined;
  let generation = 0;
  let lastMatrix: { key: string; account: Account | undefined; output: MatrixOutput } | undefined;
  const cache = createPolicyCache((source) => parses.get(source.id, source.document));
  const simulate = (input: SimulationInput, now = new Date()): SimulationOutput => {
    const started = performance.now();
    // The account is the worker's own copy, held once (account-sender.ts): the same object.
    const key = JSON.stringify([input.policies, input.requests]);
    const { account } = input;
    if (last?.key !== key || last.account !== account) {
      const scenario = buildScenario(input.policies, input.requests, account);
      generation += 1;
      last = { key, account, generation, now, ...decideAll(scenario, now, cache) };
    }
    const run = last;
    let matrix: MatrixOutput | null = null;
    if (input.matrix) {
      const matrixKey = JSON.stringify([input.policies, input.matrix]);
      if (lastMatrix?.key !== matrixKey || lastMatrix.account !== account)
        lastMatrix = {
          key: matrixKey,
          account,
          output: runMatrix(input, input.matrix, now, cache),
        };
      matrix = lastMatrix.output;
    }
    const { outcomes } = run;
    return {
      outcomes,
      summary: summarize(outcomes),
      explanation: input.selected === null ? null : explained(run, input.selected),
      matrix,
      durationMs: performance.now() - started,
    };
  };
  const others = ({ run, index, step }: OtherStatementsQuery) => {
    if (!last || last.generation !== run) return null;
    const full = explain(last, index, 'all');
    return full ? otherStatements(full, step) : null;
  };
  return Object.assign(simulate, { otherStatements: others });
}
