import type { ScenarioRequest } from '../scenario/model.ts';
import { actionFacts } from './action-facts.ts';
import { arnAccount } from './arn-account.ts';
import { rcpsApply } from './applicability.ts';
import { awsProtectedResource } from './aws-protected.ts';
import { buildRequestContext } from './context.ts';
import { federatedCallerRule } from './federated-caller.ts';
import type { LayerTracer } from './layer-tracer.ts';
import { decide } from './layers.ts';
import { permissionlessCall } from './permissionless-calls.ts';
import { principalOf, type PreparedScenario } from './prepare.ts';
import { resourcePolicies, trustPolicies } from './resource-policies.ts';
import { runLayer, type RequestRun } from './run-layer.ts';
import type { PreparedStatement } from './statement.ts';
import type { MatchedStatement, RequestDecision } from './trace.ts';

const KMS_KEY = /^arn:[^:]+:kms:[^:]*:[^:]*:key\//;

export interface EvaluateOptions {
  /** The time of the simulation: aws:CurrentTime and aws:EpochTime unless the request gives them. */
  now?: Date;
}

function comesBefore(
  order: ReadonlyMap<string, number>,
  a: PreparedStatement,
  b: PreparedStatement,
): boolean {
  const policies = (order.get(a.policyId) ?? 0) - (order.get(b.policyId) ?? 0);
  return policies < 0 || (policies === 0 && a.index < b.index);
}

/**
 * The deciding statements as a result lists them: in the order of the scenario's policies, then of
 * their statements. An insertion sort, stable and quick on the few statements, mostly in order
 * already, that decide a request: no comparator closure nor sort for the optimizing compiler to
 * copy into the loop over requests.
 */
function matchedInPolicyOrder(
  prepared: PreparedScenario,
  statements: readonly PreparedStatement[],
): MatchedStatement[] {
  // Most requests are decided by one statement or none: no order to find.
  if (statements.length === 0) return [];
  if (statements.length === 1) return [statements[0]!.matched];
  const order = prepared.policyOrder;
  const sorted: PreparedStatement[] = [];
  for (let i = 0; i < statements.length; i += 1) {
    const statement = statements[i]!;
    let at = sorted.length;
    sorted.push(statement);
    while (at > 0 && comesBefore(order, statement, sorted[at - 1]!)) {
      sorted[at] = sorted[at - 1]!;
      at -= 1;
    }
    sorted[at] = statement;
  }
  const matched: MatchedStatement[] = [];
  for (let i = 0; i < sorted.length; i += 1) matched.push(sorted[i]!.matched);
  return matched;
}

function withExpectation(result: RequestDecision, request: ScenarioRequest): RequestDecision {
  if (request.expect === undefined) return result;
  result.expect = request.expect;
  result.pass = result.decision === request.expect;
  return result;
}

/**
 * Decides one request as AWS would: every layer's policies, then the rules of layers.ts. With a
 * tracer, the trace of every layer, policy and statement is recorded in it as well; the decision
 * is the same either way.
 */
export function runRequest(
  prepared: PreparedScenario,
  request: ScenarioRequest,
  index: number,
  options: EvaluateOptions,
  tracer: LayerTracer | undefined,
): RequestDecision {
  const { byType, scenario } = prepared;
  const caller = principalOf(prepared, request.principal);
  const principal = caller.principal;
  const action = actionFacts(request.action);
  const resourceAccount =
    request.resourceAccount ?? arnAccount(request.resource) ?? principal.account;
  const crossAccount =
    principal.account !== undefined &&
    resourceAccount !== undefined &&
    principal.account !== resourceAccount;
  const run: RequestRun = {
    action: action.lower,
    resource: request.resource,
    principal,
    context: buildRequestContext(
      request.context,
      principal,
      resourceAccount,
      options.now ?? new Date(),
      caller.accountKeys,
    ),
    hasBoundary: caller.hasBoundary,
    attached: caller.attached,
    assumeRole: action.assumeRole,
    rcpsApply: rcpsApply(scenario.organization, resourceAccount, principal),
    scpsApply: caller.scpsApply,
    unevaluable: [],
    denies: undefined,
    tracer,
  };

  const { rcpLevels, scpLevels } = prepared;
  for (let i = 0; i < rcpLevels.length; i += 1) {
    const level = rcpLevels[i]!;
    runLayer(run, 'rcp', byType.rcp, level);
    // RCPFullAWSAccess is attached at every level and cannot be detached: a level only ever denies.
    if (!tracer) continue;
    const rcp = tracer.last;
    if (!run.rcpsApply) rcp.notes.push('RCPs do not apply to this resource or caller');
    else {
      rcp.notes.push('implicit RCPFullAWSAccess');
      if (rcp.outcome !== 'deny') rcp.outcome = 'allow';
    }
  }
  let scpLevelWithoutAllow = false;
  for (let i = 0; i < scpLevels.length; i += 1) {
    const level = scpLevels[i]!;
    const allows = runLayer(run, 'scp', byType.scp, level);
    if (run.scpsApply) scpLevelWithoutAllow ||= allows === null || allows.length === 0;
    else tracer?.last.notes.push('SCPs do not apply to this principal');
  }
  // Without a trace, a layer with no policy is not run: it applies to nothing, so it is null. The
  // optimizing compiler copies the body of each call that ran into this function, and the command
  // line waits for it: six copies of runLayer, for layers most scenarios leave empty, made it
  // several times slower to compile.
  const endpoints = byType['vpc-endpoint'];
  // A principal of the scenario's account has the account's identity policies and boundary too.
  const { identity: identities, boundaries } = caller;
  const sessions = byType.session;
  const traced = tracer !== undefined;
  // A trace lists every policy of a layer; a decision needs only those that may apply.
  const resources = traced
    ? byType.resource
    : resourcePolicies(prepared, action.assumeRole, request.resource);
  const trusts = traced
    ? byType.trust
    : trustPolicies(prepared, action.assumeRole, request.resource);
  const endpoint = traced || endpoints.length > 0 ? runLayer(run, 'vpc-endpoint', endpoints) : null;
  const resource = traced || resources.length > 0 ? runLayer(run, 'resource', resources) : null;
  const trust = traced || trusts.length > 0 ? runLayer(run, 'trust', trusts) : null;
  const identity = traced || identities.length > 0 ? runLayer(run, 'identity', identities) : null;
  if (principal.kind === 'root')
    tracer?.last.notes.push('the root user has every permission in its own account');
  else if (principal.federatedCall !== undefined)
    tracer?.last.notes.push('a web identity or SAML caller has no identity-based policies');
  const boundary =
    traced || boundaries.length > 0 ? runLayer(run, 'permissions-boundary', boundaries) : null;
  const session = traced || sessions.length > 0 ? runLayer(run, 'session', sessions) : null;

  const id = request.id ?? String(index);
  const unevaluable = run.unevaluable;
  // A rule of AWS's decides whatever the policies say, so a policy that cannot be read does not matter.
  const awsRule =
    principal.federatedCall !== undefined
      ? federatedCallerRule(principal, action.lower)
      : action.awsRuleMayApply
        ? (permissionlessCall(request.action, principal) ??
          awsProtectedResource(request.action, request.resource))
        : undefined;
  if (unevaluable.length > 0 && awsRule === undefined) {
    const result: RequestDecision = {
      id,
      decision: 'implicitDeny',
      matchedStatements: [],
      unevaluable,
      crossAccount,
    };
    return withExpectation(result, request);
  }
  const verdict = decide({
    awsRule,
    principal,
    crossAccount,
    resourcePolicyRequired:
      run.assumeRole || (request.resource.includes(':kms:') && KMS_KEY.test(request.resource)),
    assumeRole: run.assumeRole,
    denies: run.denies ?? [],
    scpLevelWithoutAllow,
    endpointAllows: endpoint === null ? null : endpoint.length > 0,
    identityAllows: identity ?? [],
    boundaryAllows: boundary === null ? null : boundary.length > 0,
    sessionAllows: session === null ? null : session.length > 0,
    resourceAllows: (run.assumeRole ? trust : resource) ?? [],
  });
  const result: RequestDecision = {
    id,
    decision: verdict.decision,
    matchedStatements: matchedInPolicyOrder(prepared, verdict.deciding),
    unevaluable,
    crossAccount,
  };
  if (awsRule) result.awsRule = awsRule;
  return withExpectation(result, request);
}
