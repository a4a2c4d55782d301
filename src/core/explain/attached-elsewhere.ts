import { buildRequestContext } from '../engine/context.ts';
import { evaluateRequest } from '../engine/evaluate.ts';
import {
  createPolicyCache,
  prepareScenario,
  principalOf,
  type PreparedPolicy,
  type PreparedScenario,
} from '../engine/prepare.ts';
import { mayApply, type StatementInput } from '../engine/statement.ts';
import type { LayerKind, RequestResult, StatementTrace } from '../engine/trace.ts';
import type { ScenarioPolicy, ScenarioRequest } from '../scenario/model.ts';
import { showValues } from './values.ts';

/** A policy that would allow the request but is attached to other principals or resources. */
export interface AttachedElsewhere {
  policyId: string;
  layer: LayerKind;
  /** Its `attachedTo`: whom (identity) or what (resource, trust) it applies to. */
  attachedTo: string[];
  /** Its Allow statements that apply to the request when the policy is taken to apply. */
  allowing: StatementTrace[];
}

/** The layers whose policies are attached to someone or something and can grant by themselves. */
const GRANTING: ReadonlySet<LayerKind> = new Set(['identity', 'resource', 'trust']);

/** The policy as if it applied to every principal or resource its layer takes. */
function unattached(source: ScenarioPolicy): ScenarioPolicy {
  const copy = { ...source };
  delete copy.attachedTo;
  return copy;
}

const ARN_ACCOUNT = /^arn:[^:]*:[^:]*:[^:]*:(\d{12}):/;

/** The request as a statement reads it, the resource's account found as the engine finds it. */
function statementInput(
  prepared: PreparedScenario,
  request: ScenarioRequest,
  now: Date,
): StatementInput {
  const { principal, hasBoundary, accountKeys } = principalOf(prepared, request.principal);
  const resourceAccount =
    request.resourceAccount ?? ARN_ACCOUNT.exec(request.resource)?.[1] ?? principal.account;
  const context = buildRequestContext(
    request.context,
    principal,
    resourceAccount,
    now,
    accountKeys,
  );
  return {
    action: request.action.toLowerCase(),
    resource: request.resource,
    principal,
    context,
    hasBoundary,
  };
}

/**
 * Whether an Allow statement of the policy covers the action and resource: most policies attached
 * elsewhere are about other actions or resources, and this spares deciding the request with them.
 */
function mayAllow(policy: PreparedPolicy, input: StatementInput): boolean {
  return policy.statements.some(
    (statement) => statement.effect === 'Allow' && mayApply(statement, input),
  );
}

/**
 * The Allow statements of `candidates` that apply to the request once these policies are attached
 * to everyone, by policy id: the candidates alone in one scenario, decided once, with the parses
 * the scenario already made.
 */
function allowingIfAttached(
  candidates: readonly PreparedPolicy[],
  prepared: PreparedScenario,
  request: ScenarioRequest,
  now: Date,
): Map<string, StatementTrace[]> {
  const allowing = new Map<string, StatementTrace[]>();
  if (candidates.length === 0) return allowing;
  const parsed = new Map(candidates.map((policy) => [policy.source.id, policy.parsed]));
  const scenario = {
    ...prepared.scenario,
    policies: candidates.map((policy) => unattached(policy.source)),
    requests: [],
  };
  const alone = prepareScenario(
    scenario,
    createPolicyCache((source) => parsed.get(source.id)!),
  );
  const result = evaluateRequest(alone, request, 0, { now });
  for (const layer of result.layers) {
    for (const statement of layer.policies.flatMap((traced) => traced.statements)) {
      if (statement.effect !== 'Allow' || !statement.applies) continue;
      const list = allowing.get(statement.policyId) ?? [];
      list.push(statement);
      allowing.set(statement.policyId, list);
    }
  }
  return allowing;
}

/**
 * For an implicit deny: the identity, resource and trust policies that did not apply to this
 * request only because their `attachedTo` names other principals or resources, and whose Allow
 * statements would otherwise have applied, in the scenario's order.
 */
export function attachedElsewhere(
  prepared: PreparedScenario,
  request: ScenarioRequest,
  result: RequestResult,
  now: Date,
): AttachedElsewhere[] {
  const byId = new Map(prepared.policies.map((policy) => [policy.source.id, policy]));
  const input = statementInput(prepared, request, now);
  const candidates: { policy: PreparedPolicy; layer: LayerKind; attachedTo: string[] }[] = [];
  for (const layer of result.layers) {
    if (!GRANTING.has(layer.layer)) continue;
    for (const traced of layer.policies) {
      const policy = byId.get(traced.policyId);
      const attachedTo = policy?.source.attachedTo;
      if (traced.applies || !policy?.evaluable || !attachedTo) continue;
      if (mayAllow(policy, input)) candidates.push({ policy, layer: layer.layer, attachedTo });
    }
  }
  const allowing = allowingIfAttached(
    candidates.map((candidate) => candidate.policy),
    prepared,
    request,
    now,
  );
  return candidates.flatMap(({ policy, layer, attachedTo }) => {
    const statements = allowing.get(policy.source.id);
    return statements
      ? [{ policyId: policy.source.id, layer, attachedTo, allowing: statements }]
      : [];
  });
}

const IAM_NAME = /^arn:[^:]*:iam::[^:]*:(?:user|role|group)\/(?:.*\/)?([^/]+)$/;
const SESSION_NAME = /^arn:[^:]*:sts::[^:]*:(?:assumed-role|federated-user)\/(.+)$/;

/** "alice" for an IAM user's ARN, "App/s1" for a role session's; other ARNs whole. */
function shortName(arn: string): string {
  return IAM_NAME.exec(arn)?.[1] ?? SESSION_NAME.exec(arn)?.[1] ?? arn;
}

/**
 * "attached to alice, not bob": by their names when these tell them apart, else (the same name in
 * two accounts) by their ARNs; "attached to no one" for an empty `attachedTo`.
 */
export function attachedToText(found: AttachedElsewhere, request: ScenarioRequest): string {
  if (found.attachedTo.length === 0)
    return `attached to ${found.layer === 'identity' ? 'no one' : 'nothing'}`;
  const side = found.layer === 'identity' ? request.principal : request.resource;
  const short = [...found.attachedTo, side].map(shortName);
  const target = short.pop()!;
  const [attachedTo, caller] = short.includes(target) ? [found.attachedTo, side] : [short, target];
  return `attached to ${showValues(attachedTo, 'and')}, not ${caller}`;
}
