import type { Scenario, ScenarioRequest } from '../scenario/model.ts';
import { appliesToPrincipal, rcpsApply, scpsApply } from './applicability.ts';
import { awsProtectedResource } from './aws-protected.ts';
import { buildRequestContext } from './context.ts';
import { decide } from './layers.ts';
import { permissionlessCall } from './permissionless-calls.ts';
import { prepareScenario, principalOf, type PreparedScenario } from './prepare.ts';
import { runLayer, type RequestState } from './run-layer.ts';
import type { StatementResult } from './statement.ts';
import type {
  LayerTrace,
  MatchedStatement,
  RequestDecision,
  RequestResult,
  SimulationResult,
  StatementTrace,
} from './trace.ts';

export { prepareScenario, type PreparedScenario, type PolicyProblems } from './prepare.ts';

export interface EvaluateOptions {
  /** The time of the simulation: aws:CurrentTime and aws:EpochTime unless the request gives them. */
  now?: Date;
}

const ARN_ACCOUNT = /^arn:[^:]*:[^:]*:[^:]*:(\d{12}):/;
const KMS_KEY = /^arn:[^:]+:kms:[^:]*:[^:]*:key\//;
const ASSUME_ROLE = /^sts:assumerole/i;

function toMatched(trace: StatementTrace): MatchedStatement {
  const matched: MatchedStatement = {
    policyId: trace.policyId,
    statementIndex: trace.statementIndex,
    effect: trace.effect,
    span: trace.span,
  };
  if (trace.sid !== undefined) matched.sid = trace.sid;
  return matched;
}

function tracesOf(results: StatementResult[]): StatementTrace[] {
  const traces: StatementTrace[] = [];
  for (const result of results) traces.push(result.trace);
  return traces;
}

function resourceAccountOf(
  request: ScenarioRequest,
  principalAccount: string | undefined,
): string | undefined {
  return request.resourceAccount ?? ARN_ACCOUNT.exec(request.resource)?.[1] ?? principalAccount;
}

/** Decides one request as AWS would, with the trace of every layer, policy and statement. */
export function evaluateRequest(
  prepared: PreparedScenario,
  request: ScenarioRequest,
  index: number,
  options: EvaluateOptions = {},
): RequestResult {
  const { decision, layers } = run(prepared, request, index, options, true);
  return { ...decision, layers };
}

/**
 * The same decision and deciding statements as evaluateRequest, without the layer traces: only the
 * statements whose Action and Resource match are traced, so a large scenario decides much faster.
 */
export function decideRequest(
  prepared: PreparedScenario,
  request: ScenarioRequest,
  index: number,
  options: EvaluateOptions = {},
): RequestDecision {
  return run(prepared, request, index, options, false).decision;
}

function run(
  prepared: PreparedScenario,
  request: ScenarioRequest,
  index: number,
  options: EvaluateOptions,
  fullTrace: boolean,
): { decision: RequestDecision; layers: LayerTrace[] } {
  const { byType, scenario } = prepared;
  const principal = principalOf(prepared, request.principal);
  const resourceAccount = resourceAccountOf(request, principal.account);
  const crossAccount =
    principal.account !== undefined &&
    resourceAccount !== undefined &&
    principal.account !== resourceAccount;
  const context = buildRequestContext(
    request.context,
    principal,
    resourceAccount,
    options.now ?? new Date(),
  );
  let hasBoundary = false;
  for (const policy of byType['permissions-boundary']) {
    hasBoundary ||= appliesToPrincipal('permissions-boundary', policy.attached, principal);
  }
  const state: RequestState = {
    input: {
      action: request.action.toLowerCase(),
      resource: request.resource,
      principal,
      context,
      hasBoundary,
    },
    fullTrace,
    principal,
    assumeRole: ASSUME_ROLE.test(request.action),
    rcpsApply: rcpsApply(scenario.organization, resourceAccount, principal),
    scpsApply: scpsApply(scenario.organization, principal),
    unevaluable: [],
    denies: [],
    layers: [],
  };

  for (const level of prepared.rcpLevels) {
    // RCPFullAWSAccess is attached at every level and cannot be detached: a level only ever denies.
    const rcp = runLayer(state, 'rcp', byType.rcp, level).trace;
    if (!state.rcpsApply) rcp.notes.push('RCPs do not apply to this resource or caller');
    else {
      rcp.notes.push('implicit RCPFullAWSAccess');
      if (rcp.outcome !== 'deny') rcp.outcome = 'allow';
    }
  }
  const scpLevelsAllowing: boolean[] = [];
  for (const level of prepared.scpLevels) {
    const scp = runLayer(state, 'scp', byType.scp, level);
    if (state.scpsApply) scpLevelsAllowing.push(scp.allows.length > 0);
    else scp.trace.notes.push('SCPs do not apply to this principal');
  }
  const endpoint = runLayer(state, 'vpc-endpoint', byType['vpc-endpoint']);
  const resource = runLayer(state, 'resource', byType.resource);
  const trust = runLayer(state, 'trust', byType.trust);
  const identity = runLayer(state, 'identity', byType.identity);
  const boundary = runLayer(state, 'permissions-boundary', byType['permissions-boundary']);
  const session = runLayer(state, 'session', byType.session);
  if (principal.kind === 'root')
    identity.trace.notes.push('the root user has every permission in its own account');

  const id = request.id ?? String(index);
  const { layers, unevaluable } = state;
  // A rule of AWS's decides whatever the policies say, so a policy that cannot be read does not matter.
  const awsRule =
    permissionlessCall(request.action, principal) ??
    awsProtectedResource(request.action, request.resource);
  if (unevaluable.length > 0 && awsRule === undefined) {
    const result: RequestDecision = {
      id,
      decision: 'implicitDeny',
      matchedStatements: [],
      unevaluable,
      crossAccount,
    };
    return { decision: withExpectation(result, request), layers };
  }
  const verdict = decide({
    awsRule,
    principal,
    crossAccount,
    resourcePolicyRequired: state.assumeRole || KMS_KEY.test(request.resource),
    assumeRole: state.assumeRole,
    denies: state.denies,
    scpLevelsAllowing,
    endpointAllows: endpoint.applied ? endpoint.allows.length > 0 : null,
    identityAllows: tracesOf(identity.allows),
    boundaryAllows: boundary.applied ? tracesOf(boundary.allows) : null,
    sessionAllows: session.applied ? tracesOf(session.allows) : null,
    resourceAllows: state.assumeRole ? trust.allows : resource.allows,
  });
  const order = prepared.policyOrder;
  const deciding = verdict.deciding.length > 1 ? [...verdict.deciding] : verdict.deciding;
  if (deciding.length > 1) {
    deciding.sort(
      (a, b) =>
        (order.get(a.policyId) ?? 0) - (order.get(b.policyId) ?? 0) ||
        a.statementIndex - b.statementIndex,
    );
  }
  const result: RequestDecision = {
    id,
    decision: verdict.decision,
    matchedStatements: deciding.map(toMatched),
    unevaluable,
    crossAccount,
  };
  if (awsRule) result.awsRule = awsRule;
  return { decision: withExpectation(result, request), layers };
}

function withExpectation(result: RequestDecision, request: ScenarioRequest): RequestDecision {
  if (request.expect === undefined) return result;
  result.expect = request.expect;
  result.pass = result.decision === request.expect;
  return result;
}

/** Evaluates every request of a scenario, policies parsed once. */
export function simulate(scenario: Scenario, options: EvaluateOptions = {}): SimulationResult {
  const prepared = prepareScenario(scenario);
  const now = options.now ?? new Date();
  const results = scenario.requests.map((request, index) =>
    evaluateRequest(prepared, request, index, { now }),
  );
  const summary = {
    requests: results.length,
    allowed: 0,
    explicitDeny: 0,
    implicitDeny: 0,
    failedExpectations: 0,
  };
  for (const result of results) {
    summary[result.decision] += 1;
    if (result.pass === false) summary.failedExpectations += 1;
  }
  return { results, summary };
}
