import { parsePolicy, type PrincipalKind } from '../../../core/index.ts';

export interface TrustedPrincipal {
  kind: PrincipalKind;
  value: string;
  /** sts:AssumeRole, sts:AssumeRoleWithWebIdentity ... as the statement lists them. */
  actions: string[];
  /** The statement has a Condition: the principal can assume the role only when it holds. */
  conditional: boolean;
}

/**
 * Who a role's trust policy lets assume it: the Principal entries of its Allow statements
 * ("IAM JSON policy elements: Principal", IAM User Guide), read with the studio's policy parser.
 * A Deny, or an Allow with NotPrincipal, names who cannot, so neither is listed.
 */
export function trustedPrincipals(trust: string): TrustedPrincipal[] {
  const trusted: TrustedPrincipal[] = [];
  for (const statement of parsePolicy(trust).policy.statements) {
    const principal = statement.principal;
    if (statement.effect !== 'Allow' || !principal || principal.negated) continue;
    const actions = statement.action?.entries.map((entry) => entry.value) ?? [];
    const conditional = statement.conditions.length > 0;
    for (const entry of principal.entries) {
      trusted.push({ kind: entry.kind, value: entry.value, actions, conditional });
    }
  }
  return trusted;
}
