import type { CallFacts } from '../../../analysis/cloudtrail-replay.ts';
import type { ScenarioRequest } from '../../../core/index.ts';

/**
 * The requests of the chosen calls, for the simulator's request table: each request each call
 * needed, once, with the caller as principal. A call whose caller could not be named has none.
 */
export function requestsOfCalls(calls: readonly CallFacts[]): ScenarioRequest[] {
  const seen = new Set<string>();
  const requests: ScenarioRequest[] = [];
  for (const call of calls) {
    for (const request of call.requests) {
      const principal = request.principal ?? call.principal;
      if (principal === undefined) continue;
      const scenarioRequest: ScenarioRequest = {
        principal,
        action: request.action,
        resource: request.resource,
        ...(Object.keys(request.context).length > 0 && { context: request.context }),
      };
      const key = JSON.stringify(scenarioRequest);
      if (seen.has(key)) continue;
      seen.add(key);
      requests.push(scenarioRequest);
    }
  }
  return requests;
}
