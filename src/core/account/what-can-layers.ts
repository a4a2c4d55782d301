import { rcpsApply } from '../engine/applicability.ts';
import { actionEntryMatches, resourceEntryMatches } from '../engine/element-entries.ts';
import { principalOf, type PreparedPolicy, type PreparedScenario } from '../engine/prepare.ts';
import { createRequestContext } from '../engine/request-context.ts';
import type { PreparedStatement } from '../engine/statement.ts';

/**
 * The policies reaching one principal, in the engine's layers ("Policy evaluation logic",
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html): an
 * action is allowed only if the identity policies, the permissions boundary (when there is one),
 * the session policies (when there are) and every SCP level (when SCPs apply) each allow it, and
 * no Deny of any of them, or of an RCP, applies.
 */
export interface PrincipalLayers {
  /** The Allow statements of each layer that must allow; the identity layer first. */
  allowLayers: PreparedStatement[][];
  denies: PreparedStatement[];
  /** Every statement of those policies, Allow and Deny. */
  statements: PreparedStatement[];
  /** The policies reaching the principal that could not be read. */
  unreadable: PreparedPolicy[];
}

/** A statement's place in what one action gets. */
export interface ActionAccess {
  /** full: allowed on every resource whatever the request; none: never allowed. */
  status: 'full' | 'limited' | 'none';
  /** The identity policies allow it somewhere, whatever the other layers say. */
  identityAllows: boolean;
  /** The deciding statements: each layer's allowing ones, then the Denies that apply. */
  statements: PreparedStatement[];
  /** Those whose resources or conditions limit it (not the layers that allow it everywhere). */
  limiting: PreparedStatement[];
}

/** Only a `${...}` variable could need the context, and such an entry never names every resource. */
const NO_CONTEXT = createRequestContext({});
const EVERY_RESOURCE = '*';

function policyStatements(policies: readonly PreparedPolicy[]): PreparedStatement[] {
  return policies.flatMap((policy) => policy.statements);
}

const allowsOf = (statements: PreparedStatement[]) =>
  statements.filter((statement) => statement.effect === 'Allow');

export function principalLayers(prepared: PreparedScenario, principalArn: string): PrincipalLayers {
  const caller = principalOf(prepared, principalArn);
  const reaching = (policies: readonly PreparedPolicy[]) =>
    policies.filter((policy) => caller.attached.has(policy));
  const identity = reaching(caller.identity);
  const boundaries = reaching(caller.boundaries);
  const sessions = reaching(prepared.byType.session);
  const scps = caller.scpsApply ? prepared.byType.scp : [];
  const { organization } = prepared.scenario;
  const rcps = rcpsApply(organization, caller.principal.account, caller.principal)
    ? prepared.byType.rcp
    : [];
  const allowLayers = [policyStatements(identity)];
  if (boundaries.length > 0) allowLayers.push(policyStatements(boundaries));
  if (sessions.length > 0) allowLayers.push(policyStatements(sessions));
  for (const level of caller.scpsApply ? prepared.scpLevels : []) {
    allowLayers.push(policyStatements(scps.filter((scp) => (scp.source.level ?? 0) === level)));
  }
  const all = [identity, boundaries, sessions, scps, rcps].flat();
  const statements = policyStatements(all);
  return {
    allowLayers: allowLayers.map(allowsOf),
    denies: statements.filter((statement) => statement.effect === 'Deny'),
    statements,
    unreadable: all.filter((policy) => !policy.evaluable),
  };
}

/** The statement's Action or NotAction names `action` (lower case), as the engine matches it. */
export function namesAction(statement: PreparedStatement, action: string): boolean {
  const element = statement.action;
  if (!element) return true;
  const named = element.entries.some((entry) => actionEntryMatches(entry, action));
  return named !== element.negated;
}

/** The statement applies to every resource and every request: no condition, `"Resource": "*"`. */
export function appliesEverywhere(statement: PreparedStatement): boolean {
  if (statement.conditions.length > 0) return false;
  const element = statement.resource;
  if (!element) return true;
  return (
    !element.negated &&
    element.entries.some((entry) => resourceEntryMatches(entry, EVERY_RESOURCE, NO_CONTEXT))
  );
}

/** What `action` (lower case) gets from the layers. */
export function actionAccess(layers: PrincipalLayers, action: string): ActionAccess {
  const statements: PreparedStatement[] = [];
  const limiting: PreparedStatement[] = [];
  let allowedEverywhere = true;
  let allowed = true;
  let identityAllows = false;
  for (const [index, layer] of layers.allowLayers.entries()) {
    const allowing = layer.filter((statement) => namesAction(statement, action));
    if (index === 0) identityAllows = allowing.length > 0;
    if (allowing.length === 0) {
      allowed = false;
      continue;
    }
    const everywhere = allowing.filter(appliesEverywhere);
    if (everywhere.length > 0) statements.push(...everywhere);
    else {
      statements.push(...allowing);
      limiting.push(...allowing);
      allowedEverywhere = false;
    }
  }
  const denies = layers.denies.filter((statement) => namesAction(statement, action));
  statements.push(...denies);
  if (denies.some(appliesEverywhere)) allowed = false;
  limiting.push(...denies);
  const status = !allowed ? 'none' : allowedEverywhere && denies.length === 0 ? 'full' : 'limited';
  return { status, identityAllows, statements, limiting };
}
