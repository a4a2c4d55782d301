import {
  loadCompareWithCurrent,
  type Catalog,
  type MappedCall,
  type PreparedScenario,
} from '../core/index.ts';

/** Access Advisor's view of one caller, asked of the calls read. */
export interface AccessAdvisorQuery {
  read: number;
  caller: string;
}

/** One service the caller's policies grant, as Access Advisor lists it. */
export interface AdvisedService {
  service: string;
  /** Actions of the service the policies allow the caller. */
  granted: number;
  /** Those the caller's successful calls used (few: sent whole). */
  used: string[];
  /** How many of them the calls never used. */
  neverUsed: number;
  lastUsed?: string;
}

export interface AccessAdvisorView {
  caller: string;
  /** The services used first, the last used first; then those never used, by prefix. */
  services: AdvisedService[];
  /** Services the policies grant whose reference did not load, so not listed. */
  unloaded: string[];
}

/**
 * Access Advisor's view of one caller (IAM User Guide, "Refine permissions in AWS using last
 * accessed information"): every service the workspace's policies grant it, with the actions used
 * and the last use in the logs read, through compareWithCurrent as the generation compares.
 */
export async function accessAdvisorView(
  calls: readonly MappedCall[],
  prepared: PreparedScenario,
  caller: string,
  catalog: Catalog,
): Promise<AccessAdvisorView> {
  const diff = await loadCompareWithCurrent(prepared, calls, caller, catalog);
  const services = diff.services.map(
    ({ service, granted, used, neverUsed, lastUsed }): AdvisedService => ({
      service,
      granted,
      used,
      neverUsed: neverUsed?.length ?? granted - used.length,
      ...(lastUsed !== undefined && { lastUsed }),
    }),
  );
  const last = (use: AdvisedService) => use.lastUsed ?? '';
  services.sort((a, b) => last(b).localeCompare(last(a)) || a.service.localeCompare(b.service));
  return { caller, services, unloaded: diff.unloaded ?? [] };
}
