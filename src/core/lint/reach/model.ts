import type { AccessLevel } from '../../catalog/model.ts';
import type { DiffRequest } from '../../diff/model.ts';

/** How many actions a statement grants, per access level of AWS's service reference. */
export interface ActionCounts {
  byAccessLevel: Record<AccessLevel, number>;
  total: number;
  /** How many services those actions belong to. */
  services: number;
  /** What the counts do not take into account, in words. */
  leftOut: string[];
}

/** A request the statement alone allows, as the evaluator decided it. */
export interface ReachExample {
  request: DiffRequest;
  accessLevel: AccessLevel;
}

/** What a statement really grants: its actions counted and one request it allows. */
export interface StatementReach extends ActionCounts {
  /** Absent when no request was found that the statement alone allows (see leftOut). */
  example?: ReachExample;
}
