import type { LeftOutCall } from './generate-model.ts';
import { recordedOutcome } from './recorded-outcome.ts';
import type { MappedCall } from './replay-model.ts';

/** Every caller the calls name, each once, sorted. */
export function callersOf(calls: readonly MappedCall[]): string[] {
  return [...new Set(calls.map((call) => call.caller))].sort();
}

const SESSION = /^arn:([^:]+):sts::(\d{12}):assumed-role\/([^/]+)\/.+$/;

/**
 * The caller (MappedCall.caller) that `principal` names: a caller itself, the principal of one of
 * its calls (a user, a role session), or any session of a role that made calls.
 */
export function resolveCaller(calls: readonly MappedCall[], principal: string): string | undefined {
  const byName = calls.find((call) => call.caller === principal || call.principal === principal);
  if (byName) return byName.caller;
  const session = SESSION.exec(principal);
  if (!session) return undefined;
  const [, partition, account, role] = session;
  const rolePrefix = `arn:${partition}:iam::${account}:role/`;
  return calls.find(
    (call) =>
      call.caller.startsWith(rolePrefix) &&
      (call.caller.endsWith(`/${role}`) || call.caller === `${rolePrefix}${role}`),
  )?.caller;
}

/** The callers an identity policy applies to: users, roles (through their sessions), federated users. */
const POLICY_HOLDERS = new Set(['IAMUser', 'AssumedRole', 'FederatedUser']);
const LISTED = 10;

/**
 * Why no policy can be generated for `principal`, or undefined: none of the calls is its (the
 * callers they have are named), or it is a caller no identity policy applies to.
 */
export function callerProblem(calls: readonly MappedCall[], principal: string): string | undefined {
  const caller = resolveCaller(calls, principal);
  if (caller === undefined) {
    const callers = callersOf(calls).filter((name) => name !== '');
    const more = callers.length > LISTED ? ` and ${callers.length - LISTED} more` : '';
    const named = callers.length > 0 ? callers.slice(0, LISTED).join(', ') + more : 'none';
    return `no call of ${principal} in the events (their callers: ${named})`;
  }
  const type = calls.find((call) => call.caller === caller)?.callerType ?? '';
  if (!POLICY_HOLDERS.has(type))
    return `${caller} is a caller of type ${type}, to which no identity policy applies: give an IAM user, a role or a federated user`;
  return undefined;
}

/** Why a call of the caller gives the generated policy nothing, or undefined when it counts. */
function leftOutReason(call: MappedCall): string | undefined {
  if (call.unmapped !== undefined) return `not mapped to IAM actions: ${call.unmapped}`;
  const outcome = recordedOutcome(call.recorded);
  if (outcome === 'denied')
    return `refused with ${call.recorded}: the policy grants only what the caller did`;
  // A call that failed for another reason (a missing trail, a throttled or malformed request) did
  // nothing, and AWS may have refused it before deciding its permissions: it proves no need.
  if (outcome === 'error') return `failed with ${call.recorded}: only successful calls are granted`;
  return undefined;
}

/** The caller's calls the policy is written from (recorded success, mapped), and those left out. */
export function callerCalls(
  calls: readonly MappedCall[],
  caller: string,
): { used: MappedCall[]; leftOut: LeftOutCall[] } {
  const used: MappedCall[] = [];
  const leftOut: LeftOutCall[] = [];
  for (const call of calls) {
    if (call.caller !== caller) continue;
    const reason = leftOutReason(call);
    if (reason === undefined) used.push(call);
    else leftOut.push({ call, reason });
  }
  return { used, leftOut };
}
