import {
  reachOfStatement,
  type Catalog,
  type PolicyType,
  type StatementReach,
} from '../core/index.ts';

/** A statement as the page asks about it: its text, and the type and Version of its policy. */
export interface StatementReachQuery {
  policyType: PolicyType;
  text: string;
  version?: string;
}

/**
 * What the statement grants, worked out in the worker: for `*` or NotAction every service's
 * data is loaded and read, which held the page about 135 ms when it ran there.
 */
export async function statementReachJob(
  { policyType, text, version }: StatementReachQuery,
  catalog: Catalog,
): Promise<StatementReach | null> {
  return (await reachOfStatement(policyType, text, version, catalog)) ?? null;
}
