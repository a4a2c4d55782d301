import type { DiffFinding, ScenarioPolicy, ScenarioRequest } from '../../../core/index.ts';

/** Policies that apply to the principals `attachedTo` names (docs/scenario-format.md). */
const ATTACHED_TO_PRINCIPALS = new Set(['identity', 'permissions-boundary', 'session']);

const accountOf = (arn: string) => arn.split(':')[4] ?? '';

/**
 * An example of the diff (or of a finding's reach) as a request of the simulator's table. The
 * diff asks a policy attached to principals with a caller of its own; in the workspace the policy
 * applies only to those it is attached to, so the request is made by the first of them, on a
 * resource of its account when the example's resource was in the caller's.
 */
export function simulatorRequest(
  finding: Pick<DiffFinding, 'request'>,
  policy: ScenarioPolicy,
): ScenarioRequest {
  const { request } = finding;
  const asked: ScenarioRequest = {
    principal: request.principal,
    action: request.action,
    resource: request.resource,
  };
  if (request.resourceAccount !== undefined) asked.resourceAccount = request.resourceAccount;
  if (request.context && Object.keys(request.context).length > 0) asked.context = request.context;
  // A pattern names no one principal to ask with.
  const attached = policy.attachedTo?.find((entry) => !/[*?]/.test(entry));
  if (attached === undefined || !ATTACHED_TO_PRINCIPALS.has(policy.type)) return asked;
  const ownAccount = request.resourceAccount === accountOf(request.principal);
  asked.principal = attached;
  if (ownAccount) asked.resourceAccount = accountOf(attached);
  return asked;
}
