import type { Catalog } from '../catalog/catalog.ts';

/**
 * The service reference as the diff reads it: synchronously, so the services it asks about must be
 * loaded first (loadDiffServices); the command line reads them from files as asked.
 */
export type DiffCatalog = Pick<Catalog, 'services' | 'servicesMatching' | 'loaded'>;
import type { MatchedStatement } from '../engine/trace.ts';
import type { ContextValue, Decision, PolicyType } from '../scenario/model.ts';

export type DiffVerdict = 'equivalent' | 'new-access' | 'removed-access' | 'both' | 'unknown';

/** One request as a scenario writes it (see docs/scenario-format.md, "The document"). */
export interface DiffRequest {
  principal: string;
  action: string;
  resource: string;
  resourceAccount?: string;
  context?: Record<string, ContextValue>;
}

/** How one side decided the example, with the statements that decided it. */
export interface SideDecision {
  decision: Decision;
  statements: MatchedStatement[];
}

/** An example request allowed by one side and denied by the other. */
export interface DiffFinding {
  service: string;
  /**
   * The actions this example stands for: every action of the service that the same Action and
   * NotAction entries of both policies match, so the same request with any of them is decided alike.
   */
  actions: string[];
  /** The same holds for every action of this many services that no entry names (NotAction, `*`). */
  otherServices?: number;
  request: DiffRequest;
  old: SideDecision;
  new: SideDecision;
}

export interface DiffResult {
  result: DiffVerdict;
  /** Allowed by the new version, denied by the old. */
  newAccess: DiffFinding[];
  /** Allowed by the old version, denied by the new. */
  removedAccess: DiffFinding[];
  /** Why the comparison could not be exhaustive; empty when every candidate covers its case. */
  unknown: string[];
  /** How many requests were decided (each against both sides). */
  requestsChecked: number;
}

export const DEFAULT_MAX_REQUESTS = 200_000;

export interface DiffOptions {
  /** The service reference, with the services loadDiffServices names loaded. */
  catalog: DiffCatalog;
  /** The time the requests are made, for aws:CurrentTime; now when absent. */
  now?: Date;
  /** Stop after deciding this many requests (each against both sides); 200,000 when absent. */
  maxRequests?: number;
}

export interface PolicyDiffOptions extends DiffOptions {
  type: PolicyType;
}

export function verdictOf(newAccess: number, removedAccess: number, unknown: number): DiffVerdict {
  if (newAccess > 0 && removedAccess > 0) return 'both';
  if (newAccess > 0) return 'new-access';
  if (removedAccess > 0) return 'removed-access';
  return unknown > 0 ? 'unknown' : 'equivalent';
}
