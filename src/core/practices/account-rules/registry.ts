import type { AccountRule } from './account-rule.ts';
import { adminOutsideBreakGlass } from './admin-outside-break-glass.ts';
import { inlinePolicyReusable } from './inline-policy-reusable.ts';
import { noSupportRole } from './no-support-role.ts';
import { roleUnused } from './role-unused.ts';
import { userDirectPolicies } from './user-direct-policies.ts';

/** Every rule over the imported account, in the order their findings are listed. */
export const ACCOUNT_RULES: readonly AccountRule[] = [
  adminOutsideBreakGlass,
  roleUnused,
  userDirectPolicies,
  inlinePolicyReusable,
  noSupportRole,
];
