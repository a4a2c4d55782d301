import { evaluateRequest } from '../engine/evaluate.ts';
import { createPolicyCache, prepareScenario, type PreparedScenario } from '../engine/prepare.ts';
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

/** Its Allow statements that apply to the request once the policy is attached to everyone. */
function allowingIfAttached(
  prepared: PreparedScenario,
  policyId: string,
  request: ScenarioRequest,
  now: Date,
): StatementTrace[] {
  const policy = prepared.policies.find((candidate) => candidate.source.id === policyId);
  if (!policy?.parsed.ok) return [];
  const scenario = { ...prepared.scenario, policies: [unattached(policy.source)], requests: [] };
  // The parse the scenario already made: only this one policy is prepared again.
  const alone = prepareScenario(
    scenario,
    createPolicyCache(() => policy.parsed),
  );
  const result = evaluateRequest(alone, request, 0, { now });
  return result.layers
    .flatMap((layer) => layer.policies)
    .flatMap((traced) => traced.statements)
    .filter((statement) => statement.effect === 'Allow' && statement.applies);
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
  const found: AttachedElsewhere[] = [];
  for (const layer of result.layers) {
    if (!GRANTING.has(layer.layer)) continue;
    for (const traced of layer.policies) {
      if (traced.applies) continue;
      const source = prepared.scenario.policies.find((policy) => policy.id === traced.policyId);
      if (!source?.attachedTo) continue;
      const allowing = allowingIfAttached(prepared, traced.policyId, request, now);
      if (allowing.length === 0) continue;
      found.push({
        policyId: traced.policyId,
        layer: layer.layer,
        attachedTo: source.attachedTo,
        allowing,
      });
    }
  }
  return found;
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
