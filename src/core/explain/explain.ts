import { actionFacts } from '../engine/action-facts.ts';
import { principalOf, type PreparedPolicy, type PreparedScenario } from '../engine/prepare.ts';
import type { Statement } from '../policy/model.ts';
import type { Decision, ScenarioRequest } from '../scenario/model.ts';
import type { LayerKind, LayerTrace, RequestResult, StatementTrace } from '../engine/trace.ts';
import { attachedElsewhere, attachedToText, type AttachedElsewhere } from './attached-elsewhere.ts';
import { AWS_RULE_TITLE, awsRuleHeadline, awsRuleText, ignoredDenyText } from './aws-rule.ts';
import { rankableTrace, rankClosest } from './closest.ts';
import { layerText, layerTitle } from './layer-wording.ts';
import { explainStatement, type StatementExplanation } from './statement.ts';

export type StepKind = 'aws-rule' | 'explicit-deny' | LayerKind;
export type StepTone = 'allow' | 'deny' | 'neutral' | 'skipped';

export interface PolicyExplanation {
  policyId: string;
  /** The policy's name, or its id. */
  name: string;
  applies: boolean;
  statements: NamedStatement[];
}

/** One step of AWS's evaluation order and what it contributed. */
export interface ExplanationStep {
  kind: StepKind;
  level?: number;
  title: string;
  tone: StepTone;
  text: string;
  policies: PolicyExplanation[];
  /** How many statements `policies` leaves out (only when explained with detail 'relevant'). */
  others?: number;
}

/**
 * 'all' explains every statement. 'relevant' explains those that apply and the closest misses,
 * and only counts the others: with 20 policies of 50 statements, explaining all of them takes most
 * of a simulation's time and makes a megabyte that nobody reads unless asked.
 */
export type Detail = 'all' | 'relevant';

export interface NamedStatement extends StatementExplanation {
  policyName: string;
}

export interface Explanation {
  decision: Decision;
  headline: string;
  steps: ExplanationStep[];
  /** The statements that decided: the Allows that granted, or the Denies that denied. */
  deciding: NamedStatement[];
  /** For an implicit deny: the Allow statements that came closest, nearest first. */
  closest: NamedStatement[];
  /** Policies that could not be evaluated. */
  warnings: string[];
}

const RESOURCE_SIDE = new Set<LayerKind>(['resource', 'trust']);

/** At most this many closest statements, unless more would have allowed the request. */
const CLOSEST_SHOWN = 3;

/**
 * The statements and names of the scenario's policies, from the parses the engine made, and of the
 * account's policies that reach the request's principal, named with how they reach it.
 */
class StatementSource {
  private readonly names = new Map<string, string>();
  private readonly parsed = new Map<string, readonly Statement[]>();
  constructor(policies: Iterable<PreparedPolicy>) {
    for (const { source, parsed } of policies) {
      this.names.set(source.id, source.name ?? source.id);
      this.parsed.set(source.id, parsed.policy.statements);
    }
  }
  static of(prepared: PreparedScenario, request: ScenarioRequest): StatementSource {
    const reaching = principalOf(prepared, request.principal).attached;
    return new StatementSource([...prepared.policies, ...reaching]);
  }
  name(policyId: string): string {
    return this.names.get(policyId) ?? policyId;
  }
  statement(policyId: string, index: number): Statement | undefined {
    return this.parsed.get(policyId)?.find((statement) => statement.index === index);
  }
}

function named(statement: StatementExplanation, source: StatementSource): NamedStatement {
  return { ...statement, policyName: source.name(statement.policyId) };
}

function inPolicy(statement: NamedStatement): string {
  return `${statement.label} in ${statement.policyName}`;
}

function toneOf(layer: LayerTrace): StepTone {
  if (layer.outcome === 'deny') return 'deny';
  if (layer.outcome === 'allow') return 'allow';
  if (layer.outcome === 'no-match' && layer.layer !== 'rcp') return 'neutral';
  return 'skipped';
}

function implicitReason(
  steps: ExplanationStep[],
  result: RequestResult,
  request: ScenarioRequest,
  elsewhere: readonly string[],
): string {
  if (result.unevaluable.length > 0) return 'a policy that applies could not be evaluated';
  const step = (kind: StepKind) => steps.filter((s) => s.kind === kind);
  const scpGap = step('scp').find((s) => s.tone === 'neutral');
  if (scpGap) return `no service control policy at level ${scpGap.level ?? 0} allows it`;
  if (step('vpc-endpoint').some((s) => s.tone === 'neutral'))
    return 'the VPC endpoint policy does not allow it';
  const identityAllows = step('identity').some((s) => s.tone === 'allow');
  const resourceAllows = steps.some(
    (s) => RESOURCE_SIDE.has(s.kind as LayerKind) && s.tone === 'allow',
  );
  if (identityAllows && step('permissions-boundary').some((s) => s.tone === 'neutral'))
    return 'the permissions boundary does not allow it';
  if (identityAllows && step('session').some((s) => s.tone === 'neutral'))
    return 'the session policy does not allow it';
  if (elsewhere.length > 0) return elsewhere.join('; ');
  if (result.crossAccount && (identityAllows || resourceAllows))
    return identityAllows
      ? "across accounts the resource's policy must allow it too, and none does"
      : "across accounts the caller's identity-based policies must allow it too, and none does";
  if (identityAllows) return 'the resource-based policy must allow it too, and none does';
  return `no statement allows ${request.action} on ${request.resource}`;
}

interface Collected {
  denies: NamedStatement[];
  deciding: NamedStatement[];
  /** Every statement explained, by key. */
  explained: Map<string, NamedStatement>;
}

const keyOf = (s: { policyId: string; statementIndex: number }) =>
  `${s.policyId}#${s.statementIndex}`;

/** For an implicit deny, the keys of the Allow statements that came closest, nearest first. */
function closestKeys(result: RequestResult): string[] {
  if (result.decision !== 'implicitDeny') return [];
  // RCPFullAWSAccess stands behind every RCP, so an RCP's own Allow is never what was missing.
  const candidates = result.layers
    .filter((layer) => layer.layer !== 'rcp')
    .flatMap((layer) => layer.policies.flatMap((policy) => policy.statements))
    .map(rankableTrace);
  return rankClosest(candidates).map(({ trace }) => keyOf(trace));
}

function explainLayer(
  layer: LayerTrace,
  explainTrace: (trace: StatementTrace) => NamedStatement,
  detailed: (trace: StatementTrace) => boolean,
  decidingKeys: Set<string>,
  collected: Collected,
  source: StatementSource,
): ExplanationStep {
  let others = 0;
  const policies = layer.policies.map((policy): PolicyExplanation => {
    const statements = policy.statements.filter(detailed).map(explainTrace);
    others += policy.statements.length - statements.length;
    for (const statement of statements) {
      const key = keyOf(statement);
      if (statement.applies && statement.effect === 'Deny') collected.denies.push(statement);
      if (statement.applies && decidingKeys.has(key)) collected.deciding.push(statement);
      if (!collected.explained.has(key)) collected.explained.set(key, statement);
    }
    const { policyId, applies } = policy;
    return { policyId, name: source.name(policyId), applies, statements };
  });
  const applying = policies.flatMap((policy) => policy.statements).filter((s) => s.applies);
  const labels = (effect: 'Allow' | 'Deny') =>
    applying.filter((s) => s.effect === effect).map(inPolicy);
  const step: ExplanationStep = {
    kind: layer.layer,
    title: layerTitle(layer),
    tone: toneOf(layer),
    text: layerText(layer, labels('Allow'), labels('Deny')),
    policies,
  };
  if (layer.level !== undefined) step.level = layer.level;
  if (others > 0) step.others = others;
  return step;
}

/**
 * The policies attached elsewhere that would have allowed what the request lacks (none where its
 * layer allowed already), each with its statements explained and its reason worded.
 */
function allowedElsewhere(
  found: readonly AttachedElsewhere[],
  steps: readonly ExplanationStep[],
  source: StatementSource,
  request: ScenarioRequest,
): { reasons: string[]; statements: NamedStatement[] } {
  const missing = found.filter(
    (entry) => !steps.some((step) => step.kind === entry.layer && step.tone === 'allow'),
  );
  const reasons = missing.map(
    (entry) => `${source.name(entry.policyId)} allows it but is ${attachedToText(entry, request)}`,
  );
  const statements = missing.flatMap((entry) =>
    entry.allowing.map((trace): NamedStatement => {
      const parsed = source.statement(trace.policyId, trace.statementIndex);
      const resourceSide = RESOURCE_SIDE.has(entry.layer);
      const statement = named(explainStatement(trace, parsed, request, resourceSide), source);
      const why = `${statement.policyName} is ${attachedToText(entry, request)}`;
      return {
        ...statement,
        applies: false,
        stoppedBy: { span: statement.span, text: why },
        summary: `${statement.label} would allow it, but ${why}`,
      };
    }),
  );
  return { reasons, statements };
}

/**
 * Trust policies take part only when a role is assumed (sts:AssumeRole*): for any other request,
 * whoever makes it, they are not evaluated ("IAM JSON policy evaluation logic"), so they get no step.
 */
function stepsTaking(result: RequestResult, request: ScenarioRequest): LayerTrace[] {
  if (actionFacts(request.action).assumeRole) return result.layers;
  return result.layers.filter((layer) => layer.layer !== 'trust');
}

/**
 * Explains a request's decision: the layers in AWS's order, the deciding statements, and why not.
 * The statements are those of the prepared scenario's parsed policies, read as they are. `now` is
 * the time the request was decided at, for an implicit deny's check of the policies attached
 * elsewhere.
 */
export function explainRequest(
  prepared: PreparedScenario,
  request: ScenarioRequest,
  result: RequestResult,
  detail: Detail = 'all',
  now: Date = new Date(),
): Explanation {
  const source = StatementSource.of(prepared, request);
  const decidingKeys = new Set(result.matchedStatements.map(keyOf));
  const closest = closestKeys(result);
  // Every deciding statement applies, so "relevant" needs no other test.
  const detailed = (trace: StatementTrace) =>
    detail === 'all' || trace.applies || closest.includes(keyOf(trace));
  const collected: Collected = { denies: [], deciding: [], explained: new Map() };
  const layerSteps = stepsTaking(result, request).map((layer) => {
    const explainTrace = (trace: StatementTrace) =>
      named(
        explainStatement(
          trace,
          source.statement(trace.policyId, trace.statementIndex),
          request,
          RESOURCE_SIDE.has(layer.layer),
        ),
        source,
      );
    return explainLayer(layer, explainTrace, detailed, decidingKeys, collected, source);
  });
  const { denies, deciding, explained } = collected;
  const rule = result.awsRule;
  const denyIgnored = rule?.kind === 'no-permission-needed' && denies.length > 0;
  const denyStep: ExplanationStep = {
    kind: 'explicit-deny',
    title: 'Explicit deny check',
    tone: denies.length > 0 && !denyIgnored ? 'deny' : 'skipped',
    text: denyIgnored
      ? ignoredDenyText(denies.map(inPolicy))
      : denies.length > 0
        ? `${denies.map(inPolicy).join(', ')} ${denies.length > 1 ? 'deny' : 'denies'} the request; an explicit Deny overrides every Allow.`
        : 'No Deny statement applies, so evaluation goes on.',
    policies: [],
  };
  const steps = [denyStep, ...withAbsentLayers(layerSteps)];
  if (rule) {
    steps.unshift({
      kind: 'aws-rule',
      title: AWS_RULE_TITLE,
      tone: rule.kind === 'no-permission-needed' ? 'allow' : 'deny',
      text: awsRuleText(rule),
      policies: [],
    });
  }
  const decidingStatements =
    rule?.kind === 'no-permission-needed'
      ? []
      : result.decision === 'explicitDeny'
        ? denies
        : deciding;
  const explanation: Explanation = {
    decision: result.decision,
    headline: '',
    steps,
    deciding: uniqueStatements(decidingStatements),
    closest: [],
    warnings: result.unevaluable.map((policy) => policy.message),
  };
  if (rule) {
    explanation.headline = awsRuleHeadline(rule);
  } else if (result.decision === 'allowed') {
    explanation.headline = `Allowed by ${explanation.deciding.map(inPolicy).join(', ') || "the root user's own permissions"}.`;
  } else if (result.decision === 'explicitDeny') {
    explanation.headline = `Explicitly denied by ${explanation.deciding.map(inPolicy).join(', ')}.`;
  } else {
    const found = attachedElsewhere(prepared, request, result, now);
    const elsewhere = allowedElsewhere(found, steps, source, request);
    explanation.headline = `Implicitly denied: ${implicitReason(steps, result, request, elsewhere.reasons)}.`;
    // What would have allowed it comes before statements that merely came close.
    explanation.closest = [
      ...elsewhere.statements,
      ...closest.flatMap((key) => explained.get(key) ?? []),
    ].slice(0, Math.max(CLOSEST_SHOWN, elsewhere.statements.length));
  }
  return explanation;
}

/** The layers AWS always walks; the others show only when the scenario has such policies. */
const WALKED: LayerKind[] = [
  'rcp',
  'scp',
  'resource',
  'identity',
  'permissions-boundary',
  'session',
];

function withAbsentLayers(steps: ExplanationStep[]): ExplanationStep[] {
  const present = new Set(steps.map((step) => step.kind));
  const absent = WALKED.filter((kind) => !present.has(kind)).map((kind): ExplanationStep => ({
    kind,
    title: layerTitle({ layer: kind, outcome: 'not-applicable', policies: [], notes: [] }),
    tone: 'skipped',
    text: 'None in this scenario.',
    policies: [],
  }));
  const order = (kind: StepKind) => EVALUATION_ORDER.indexOf(kind as LayerKind);
  return [...steps, ...absent].sort(
    (a, b) => order(a.kind) - order(b.kind) || (a.level ?? 0) - (b.level ?? 0),
  );
}

const EVALUATION_ORDER: LayerKind[] = [
  'rcp',
  'scp',
  'vpc-endpoint',
  'resource',
  'trust',
  'identity',
  'permissions-boundary',
  'session',
];

function uniqueStatements(statements: NamedStatement[]): NamedStatement[] {
  const seen = new Set<string>();
  return statements.filter((s) => {
    const key = keyOf(s);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
