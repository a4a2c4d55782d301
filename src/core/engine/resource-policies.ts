import type { PreparedPolicy, PreparedScenario } from './prepare.ts';
import { ResourceIndex } from './resource-index.ts';

const NONE: readonly PreparedPolicy[] = Object.freeze([]);

/** The resource policies that may apply to a request: none to sts:AssumeRole, which trust policies decide. */
export function resourcePolicies(
  prepared: PreparedScenario,
  assumeRole: boolean,
  resource: string,
): readonly PreparedPolicy[] {
  if (assumeRole) return NONE;
  prepared.resourceIndex ??= new ResourceIndex(prepared.byType.resource);
  return prepared.resourceIndex.candidates(resource);
}

/** The trust policies that may apply to a request: only to sts:AssumeRole, on the role they belong to. */
export function trustPolicies(
  prepared: PreparedScenario,
  assumeRole: boolean,
  resource: string,
): readonly PreparedPolicy[] {
  if (!assumeRole) return NONE;
  prepared.trustIndex ??= new ResourceIndex(prepared.byType.trust);
  return prepared.trustIndex.candidates(resource);
}
