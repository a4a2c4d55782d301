import { offsetToLineColumn } from '../policy/position.ts';
import { appliesToEndpoint, appliesToResource } from './applicability.ts';
import type { LayerTracer } from './layer-tracer.ts';
import type { AllowingStatement } from './layers.ts';
import type { PreparedPolicy } from './prepare.ts';
import type { PrincipalGrant } from './principal.ts';
import {
  evaluateStatement,
  statementGrant,
  type PreparedStatement,
  type StatementInput,
} from './statement.ts';
import type { LayerKind, UnevaluablePolicy } from './trace.ts';

/** One request while its layers run. */
export interface RequestRun extends StatementInput {
  /** The identity, permissions-boundary and session policies that apply to the caller. */
  attached: ReadonlySet<PreparedPolicy>;
  assumeRole: boolean;
  rcpsApply: boolean;
  scpsApply: boolean;
  unevaluable: UnevaluablePolicy[];
  /** The Deny statements that apply, from every layer (undefined while there is none). */
  denies: PreparedStatement[] | undefined;
  /** Traces every layer, policy and statement; without it only the decision is worked out. */
  tracer: LayerTracer | undefined;
}

const NO_ALLOWS: readonly AllowingStatement[] = Object.freeze([]);

function unevaluableEntry(policy: PreparedPolicy): UnevaluablePolicy {
  const error = policy.parsed.problems.find((problem) => problem.severity === 'error');
  if (!error)
    return {
      policyId: policy.source.id,
      message: `Policy "${policy.source.id}" could not be read`,
    };
  const { line, column } = offsetToLineColumn(policy.source.document, error.span.start);
  return {
    policyId: policy.source.id,
    message: `Policy "${policy.source.id}" could not be evaluated: ${error.message} (line ${line}, column ${column})`,
  };
}

/** "What a policy applies to" in the scenario format, per layer. */
function policyApplies(run: RequestRun, layer: LayerKind, policy: PreparedPolicy): boolean {
  switch (layer) {
    case 'rcp':
      return run.rcpsApply;
    case 'scp':
      return run.scpsApply;
    case 'vpc-endpoint':
      return appliesToEndpoint(policy.attached, run.context);
    case 'resource':
      return !run.assumeRole && appliesToResource(policy.attached, run.resource);
    case 'trust':
      return run.assumeRole && appliesToResource(policy.attached, run.resource);
    default:
      return run.attached.has(policy);
  }
}

/**
 * Runs one layer (one SCP or RCP level at a time) for one request: the Deny statements that apply
 * are added to run.denies; returns the Allow statements that apply, or null when no policy of the
 * layer applies.
 */
export function runLayer(
  run: RequestRun,
  layer: LayerKind,
  policies: readonly PreparedPolicy[],
  level?: number,
): readonly AllowingStatement[] | null {
  const tracer = run.tracer;
  let allows: AllowingStatement[] | undefined;
  let denied = false;
  let applied = false;
  // Index loops: they cost less than for...of before the code is optimized, and the command line
  // decides each request once, much of it before that.
  for (let p = 0; p < policies.length; p += 1) {
    const policy = policies[p]!;
    if (level !== undefined && (policy.source.level ?? 0) !== level) continue;
    const applies = policyApplies(run, layer, policy);
    const traces = tracer?.policy(policy, level, applies);
    if (!applies) continue;
    applied = true;
    if (!policy.evaluable) run.unevaluable.push(unevaluableEntry(policy));
    const statements = policy.statements;
    for (let s = 0; s < statements.length; s += 1) {
      const statement = statements[s]!;
      let grant: PrincipalGrant;
      if (traces) {
        const result = evaluateStatement(statement, run);
        traces.push(result.trace);
        grant = result.grant;
      } else grant = statementGrant(statement, run);
      if (grant === 'none') continue;
      if (statement.effect === 'Deny') {
        if (run.denies) run.denies.push(statement);
        else run.denies = [statement];
        denied = true;
      } else {
        const allow = { statement, grant };
        if (allows) allows.push(allow);
        else allows = [allow];
      }
    }
  }
  if (tracer) {
    const outcome = !applied ? 'not-applicable' : denied ? 'deny' : allows ? 'allow' : 'no-match';
    tracer.layer(layer, level, outcome);
  }
  return applied ? (allows ?? NO_ALLOWS) : null;
}
