import {
  statementLabel,
  type ContextValue,
  type MatchedStatement,
  type ScenarioRequest,
} from '../../../core/index.ts';
import type { RequestOutcome } from '../../../analysis/simulation.ts';
import { DECISION_LABELS } from './DecisionBadge.tsx';

export interface MatrixCellRequest {
  principal: string;
  action: string;
  resource: string;
  context: Record<string, ContextValue>;
}

function sameContext(
  a: Record<string, ContextValue> | undefined,
  b: Record<string, ContextValue> | undefined,
): boolean {
  const entries = (context: Record<string, ContextValue> | undefined) =>
    JSON.stringify(Object.entries(context ?? {}).sort(([x], [y]) => x.localeCompare(y)));
  return entries(a) === entries(b);
}

/** The request list's entry for a matrix cell's request, if there is one. */
export function requestIndexOf(
  requests: readonly ScenarioRequest[],
  cell: MatrixCellRequest,
): number | undefined {
  const index = requests.findIndex(
    (r) =>
      r.principal === cell.principal &&
      r.action === cell.action &&
      r.resource === cell.resource &&
      r.resourceAccount === undefined &&
      sameContext(r.context, cell.context),
  );
  return index === -1 ? undefined : index;
}

/**
 * A cell's tooltip: the decision and the statements behind it, each by Sid or position and its
 * policy by name, as the explanation's headline words it.
 */
export function cellTitle(
  outcome: Pick<RequestOutcome, 'decision' | 'matchedStatements'>,
  policyName: (policyId: string) => string,
): string {
  const named = (s: MatchedStatement) => `${statementLabel(s)} in ${policyName(s.policyId)}`;
  const by = outcome.matchedStatements.map(named).join(', ');
  const decision = DECISION_LABELS[outcome.decision];
  if (outcome.decision === 'implicitDeny') return `${decision}: no statement allows it`;
  return by ? `${decision} by ${by}` : decision;
}
