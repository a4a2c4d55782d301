import type { PolicyType, Scenario } from '../scenario/model.ts';
import { SCENARIO_FORMAT } from '../scenario/model.ts';

/** Grants every caller everything, so that a guardrail or a cross-account grant alone decides. */
export const CALLER_PERMISSIONS_ID = 'diff-caller-permissions';
const ALLOW_EVERYTHING =
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}';

/** Policies that only narrow what identity policies allow (their Allow grants nothing alone). */
const GUARDRAILS: readonly PolicyType[] = [
  'permissions-boundary',
  'session',
  'scp',
  'rcp',
  'vpc-endpoint',
];

/** Policies that grant callers of other accounts (decided with the caller's own permissions). */
export const GRANTS_TO_PRINCIPALS: readonly PolicyType[] = ['resource', 'trust'];

/**
 * The scenario one version of a policy is asked in: the policy alone for an identity policy; with
 * an identity policy that allows everything for a guardrail (which then decides alone) and for a
 * resource or trust policy (asked by callers of another account, whom it then decides for alone:
 * "Cross-account policy evaluation logic" in the IAM User Guide,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html).
 */
export function sideScenario(id: string, type: PolicyType, document: string): Scenario {
  const policies = [{ id, type, document }];
  if (GUARDRAILS.includes(type) || GRANTS_TO_PRINCIPALS.includes(type)) {
    policies.push({ id: CALLER_PERMISSIONS_ID, type: 'identity', document: ALLOW_EVERYTHING });
  }
  return { format: SCENARIO_FORMAT, policies, requests: [] };
}
