import type { Account } from '../account/model.ts';

export const SCENARIO_FORMAT = 'iam-policy-studio/scenario@1';

export const POLICY_TYPES = [
  'identity',
  'resource',
  'trust',
  'permissions-boundary',
  'session',
  'scp',
  'rcp',
  'vpc-endpoint',
] as const;
export type PolicyType = (typeof POLICY_TYPES)[number];

export interface ScenarioPolicy {
  id: string;
  name?: string;
  type: PolicyType;
  /** The policy as text, byte for byte. */
  document: string;
  attachedTo?: string[];
  /** scp and rcp only: 0 = organization root, then each OU down to the account. */
  level?: number;
  /**
   * The id of the policy of the scenario's `account` that this one stands for (as accountPolicies
   * names it): the account's own text of it is then not applied, this policy is, by `attachedTo`.
   */
  accountPolicy?: string;
}

export type Decision = 'allowed' | 'explicitDeny' | 'implicitDeny';

export type ContextValue = string | string[];

export interface ScenarioRequest {
  id?: string;
  principal: string;
  action: string;
  resource: string;
  resourceAccount?: string;
  context?: Record<string, ContextValue>;
  expect?: Decision;
}

export interface Organization {
  managementAccount?: string;
  memberAccounts?: string[];
}

export interface Scenario {
  format: typeof SCENARIO_FORMAT;
  policies: ScenarioPolicy[];
  requests: ScenarioRequest[];
  organization?: Organization;
  /** The account's users, groups, roles and managed policies (see docs/scenario-format.md). */
  account?: Account;
}
