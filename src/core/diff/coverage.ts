import type { Effect, Span, Statement } from '../policy/model.ts';
import type { PolicyType } from '../scenario/model.ts';

/**
 * Statement coverage: which statements decided at least one request. A statement is **decisive**
 * for a request when the decision lists it among its deciding statements (`matchedStatements`):
 * a matching Deny of an explicitDeny, a matching Allow that granted an allowed request. A statement
 * that matched but was not needed (an Allow of a request a Deny refused) is not decisive.
 */

/** A policy whose statements are counted. */
export interface CoveragePolicy {
  id: string;
  name?: string;
  type: PolicyType;
  statements: readonly Statement[];
}

/** A decided request, or several decided alike (`count` of them: a CloudTrail call's events). */
export interface CoverageDecision {
  readonly matchedStatements: readonly {
    readonly policyId: string;
    readonly statementIndex: number;
  }[];
  readonly count?: number;
}

export interface StatementUse {
  index: number;
  sid?: string;
  effect: Effect;
  span: Span;
  /** How many requests it decided. */
  decided: number;
  /**
   * False for an Allow of a policy that only caps what others grant (a permissions boundary, SCP,
   * RCP, session or VPC endpoint policy): AWS needs it to allow, but the identity-based or
   * resource-based Allow is what grants, so no decision lists it and it is not counted.
   */
  canDecide: boolean;
}

export interface PolicyCoverage {
  policyId: string;
  name?: string;
  type: PolicyType;
  statements: StatementUse[];
  /** Statements that can decide and decided at least one request. */
  decisive: number;
  /** Statements that can decide a request. */
  countable: number;
  /** decisive / countable, in percent to one decimal; null when no statement can decide. */
  percent: number | null;
  /** The statements that can decide and decided none, in the policy's order. */
  neverUsed: StatementUse[];
}

export interface StatementCoverage {
  /** The requests counted (a decision's `count` each). */
  requests: number;
  policies: PolicyCoverage[];
}

/** Policy types whose Allow statements only cap access: "Policy evaluation logic", AWS IAM User Guide. */
const CAPPING: ReadonlySet<PolicyType> = new Set([
  'permissions-boundary',
  'session',
  'scp',
  'rcp',
  'vpc-endpoint',
]);

const key = (policyId: string, index: number) => `${policyId}\u0001${index}`;

function decidedCounts(decisions: Iterable<CoverageDecision>) {
  const counts = new Map<string, number>();
  let requests = 0;
  for (const decision of decisions) {
    const count = decision.count ?? 1;
    requests += count;
    for (const { policyId, statementIndex } of decision.matchedStatements) {
      const at = key(policyId, statementIndex);
      counts.set(at, (counts.get(at) ?? 0) + count);
    }
  }
  return { counts, requests };
}

function policyCoverage(policy: CoveragePolicy, counts: Map<string, number>): PolicyCoverage {
  const statements = policy.statements.map((statement): StatementUse => {
    const use: StatementUse = {
      index: statement.index,
      effect: statement.effect,
      span: statement.span,
      decided: counts.get(key(policy.id, statement.index)) ?? 0,
      canDecide: statement.effect === 'Deny' || !CAPPING.has(policy.type),
    };
    if (statement.sid !== undefined) use.sid = statement.sid.value;
    return use;
  });
  const countable = statements.filter((use) => use.canDecide);
  const decisive = countable.filter((use) => use.decided > 0).length;
  const coverage: PolicyCoverage = {
    policyId: policy.id,
    type: policy.type,
    statements,
    decisive,
    countable: countable.length,
    percent: countable.length === 0 ? null : Math.round((decisive / countable.length) * 1000) / 10,
    neverUsed: countable.filter((use) => use.decided === 0),
  };
  if (policy.name !== undefined) coverage.name = policy.name;
  return coverage;
}

/** Per policy, how many requests each statement decided and which statements decided none. */
export function statementCoverage(
  policies: readonly CoveragePolicy[],
  decisions: Iterable<CoverageDecision>,
): StatementCoverage {
  const { counts, requests } = decidedCounts(decisions);
  return { requests, policies: policies.map((policy) => policyCoverage(policy, counts)) };
}
