import { offsetToLineColumn } from '../policy/position.ts';
import type { RequestPrincipal } from '../principal/request-principal.ts';
import { appliesToEndpoint, appliesToPrincipal, appliesToResource } from './applicability.ts';
import type { PreparedPolicy } from './prepare.ts';
import {
  evaluateStatement,
  mayApply,
  type StatementInput,
  type StatementResult,
} from './statement.ts';
import type {
  LayerKind,
  LayerTrace,
  PolicyTrace,
  StatementTrace,
  UnevaluablePolicy,
} from './trace.ts';

/** What one request needs while its layers are run. */
export interface RequestState {
  input: StatementInput;
  /**
   * Trace every statement (for explanations); otherwise only the statements that apply are traced,
   * which is all the decision needs.
   */
  fullTrace: boolean;
  principal: RequestPrincipal;
  assumeRole: boolean;
  rcpsApply: boolean;
  scpsApply: boolean;
  unevaluable: UnevaluablePolicy[];
  denies: StatementTrace[];
  layers: LayerTrace[];
}

export interface LayerRun {
  trace: LayerTrace;
  applied: boolean;
  allows: StatementResult[];
}

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
function policyApplies(state: RequestState, layer: LayerKind, policy: PreparedPolicy): boolean {
  switch (layer) {
    case 'rcp':
      return state.rcpsApply;
    case 'scp':
      return state.scpsApply;
    case 'vpc-endpoint':
      return appliesToEndpoint(policy.attached, state.input.context);
    case 'resource':
      return !state.assumeRole && appliesToResource(policy.attached, state.input.resource);
    case 'trust':
      return state.assumeRole && appliesToResource(policy.attached, state.input.resource);
    default:
      return appliesToPrincipal(policy.source.type, policy.attached, state.principal);
  }
}

/** Runs one layer (one SCP or RCP level at a time) for one request. */
export function runLayer(
  state: RequestState,
  layer: LayerKind,
  policies: PreparedPolicy[],
  level?: number,
): LayerRun {
  const traces: PolicyTrace[] = [];
  const allows: StatementResult[] = [];
  let denied = false;
  let applied = false;
  for (const policy of policies) {
    if (level !== undefined && (policy.source.level ?? 0) !== level) continue;
    const applies = policyApplies(state, layer, policy);
    const statements: StatementTrace[] = [];
    if (applies) {
      applied = true;
      if (!policy.parsed.ok) state.unevaluable.push(unevaluableEntry(policy));
      for (const statement of policy.statements) {
        if (!state.fullTrace && !mayApply(statement, state.input)) continue;
        const result = evaluateStatement(statement, state.input);
        statements.push(result.trace);
        if (!result.trace.applies) continue;
        if (statement.effect === 'Deny') {
          state.denies.push(result.trace);
          denied = true;
        } else allows.push(result);
      }
    }
    const trace: PolicyTrace = {
      policyId: policy.source.id,
      type: policy.source.type,
      applies,
      statements,
    };
    if (level !== undefined) trace.level = level;
    traces.push(trace);
  }
  const outcome = !applied
    ? 'not-applicable'
    : denied
      ? 'deny'
      : allows.length > 0
        ? 'allow'
        : 'no-match';
  const trace: LayerTrace = { layer, outcome, policies: traces, notes: [] };
  if (level !== undefined) trace.level = level;
  if (traces.length > 0) state.layers.push(trace);
  return { trace, applied, allows };
}
