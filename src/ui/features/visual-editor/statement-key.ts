import { type PolicyType, type Statement, type TextValue } from '../../../core/index.ts';

function values(entries: readonly TextValue[] | undefined): string[] {
  return entries?.map((entry) => entry.value) ?? [];
}

/**
 * What a statement card shows, as one string. Spans are left out on purpose: an edit in one
 * statement shifts the offsets of every later one, and those cards need not re-render.
 */
export function statementContentKey(statement: Statement): string {
  return JSON.stringify([
    statement.index,
    statement.sid?.value,
    statement.effect,
    statement.action?.negated,
    values(statement.action?.entries),
    statement.resource?.negated,
    values(statement.resource?.entries),
    statement.principal?.negated,
    statement.principal?.entries.map((entry) => [entry.kind, entry.value]),
    statement.conditions.map((block) => [
      block.operator.raw,
      block.keys.map((key) => [key.key, values(key.values)]),
    ]),
  ]);
}

/**
 * Policy types whose statements name a principal. Identity-based policies, boundaries, session
 * policies and SCPs have none; RCPs and VPC endpoint policies do ("RCP syntax", AWS Organizations
 * User Guide; "Control access to VPC endpoints using endpoint policies", AWS PrivateLink Guide).
 */
const TYPES_WITH_PRINCIPAL: ReadonlySet<PolicyType> = new Set([
  'resource',
  'trust',
  'rcp',
  'vpc-endpoint',
]);

export function policyTypeHasPrincipal(type: PolicyType): boolean {
  return TYPES_WITH_PRINCIPAL.has(type);
}
