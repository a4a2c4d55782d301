import { arnAccount } from '../engine/arn-account.ts';
import { SCENARIO_FORMAT, type Scenario, type ScenarioPolicy } from '../scenario/model.ts';
import type { GeneratedPolicy } from './generate-model.ts';
import type { MappedCall } from './replay-model.ts';

/** The id of the generated policy in the scenario the proof decides in. */
export const GENERATED_POLICY_ID = 'generated';

const KMS_KEY = /^arn:[^:]+:kms:[^:]*:\d{12}:key\//;

/**
 * The resources whose own policy must allow a request besides the caller's: a role assumed (its
 * trust policy), a KMS key (its key policy), and a resource of another account (its resource
 * policy) ("Policy evaluation logic"; "Cross-account policy evaluation logic",
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html).
 */
function resourcesWithOwnPolicy(
  calls: readonly MappedCall[],
  callerAccount: string | undefined,
): Map<string, 'trust' | 'resource'> {
  const found = new Map<string, 'trust' | 'resource'>();
  for (const call of calls)
    for (const { action, resource } of call.requests) {
      if (resource === '*') continue;
      if (action.toLowerCase().startsWith('sts:assumerole')) found.set(resource, 'trust');
      else if (KMS_KEY.test(resource) || arnAccount(resource) !== callerAccount)
        if (arnAccount(resource) !== undefined) found.set(resource, 'resource');
    }
  return found;
}

/**
 * A trust or resource policy that trusts the caller's account: it delegates to the account's
 * identity policies, so the generated policy alone decides whether the call is allowed. Those
 * policies are not the caller's to write, and the calls succeeded, so their owners allowed them.
 */
function delegatingPolicy(
  resource: string,
  type: 'trust' | 'resource',
  caller: string,
  callerAccount: string,
  index: number,
): ScenarioPolicy {
  const partition = caller.split(':')[1];
  const document = {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: `arn:${partition}:iam::${callerAccount}:root` },
        Action: type === 'trust' ? 'sts:*' : '*',
        ...(type === 'resource' && { Resource: resource }),
      },
    ],
  };
  return {
    id: `delegating-${index + 1}`,
    name: `${resource} trusts account ${callerAccount}`,
    type,
    document: JSON.stringify(document),
    attachedTo: [resource],
  };
}

const ROLE = /^arn:([^:]+):iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/;

/**
 * The caller, and the principals of its calls that attaching to it does not reach: a record whose
 * session ARN names another role than its sessionIssuer (the IAM User Guide's role chaining
 * example) is still the caller's call. A role's own sessions are left to the role, so that the
 * list stays one entry for a role of thousands of sessions.
 */
function attachedTo(caller: string, calls: readonly MappedCall[]): string[] {
  const role = ROLE.exec(caller);
  const sessions = role && `arn:${role[1]}:sts::${role[2]}:assumed-role/${role[3]}/`;
  const others = calls.flatMap((call) =>
    call.principal === undefined ||
    call.principal === caller ||
    (sessions && call.principal.startsWith(sessions))
      ? []
      : [call.principal],
  );
  return [...new Set([caller, ...others])];
}

/**
 * The generated policy alone, attached to its caller (a role: to its sessions) and the principals
 * of its calls, and for each
 * resource whose own policy must also allow the calls, one that delegates to the caller's account.
 */
export function generatedScenario(
  generated: GeneratedPolicy,
  calls: readonly MappedCall[],
): Scenario {
  const callerAccount = arnAccount(generated.caller);
  const delegating =
    callerAccount === undefined
      ? []
      : [...resourcesWithOwnPolicy(calls, callerAccount)].map(([resource, type], index) =>
          delegatingPolicy(resource, type, generated.caller, callerAccount, index),
        );
  return {
    format: SCENARIO_FORMAT,
    policies: [
      {
        id: GENERATED_POLICY_ID,
        name: `Generated for ${generated.caller}`,
        type: 'identity',
        document: generated.document,
        attachedTo: attachedTo(generated.caller, calls),
      },
      ...delegating,
    ],
    requests: [],
  };
}
