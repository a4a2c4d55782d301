// AccountUser, AccountGroup and AccountRole are left to ./model.ts: escalation/ exports view types
// of those names through the same index.
export type {
  Account,
  InlinePolicy,
  ManagedPolicy,
  PolicyVersion,
  RoleLastUsed,
  Tags,
} from './model.ts';
export { accountIdOfArn, isAwsManagedPolicyArn, rootArn } from './model.ts';
export {
  isAccountDetails,
  readAccountDetailsText,
  type AccountProblem,
  type GaadRead,
} from './gaad.ts';
export {
  addBundledPolicies,
  managedPolicyDataDescription,
  type ManagedPolicyData,
} from './managed-policy-data.ts';
export {
  accountDocuments,
  accountFindings,
  type AccountFinding,
  type LabelledDocument,
} from './account-findings.ts';
export {
  accountPrincipals,
  type AccountPrincipal,
  type PolicyVia,
  type ReachingPolicy,
} from './principals.ts';
export {
  accountPolicies,
  accountScenario,
  reachingPolicyId,
  type AccountPolicy,
  type AccountPolicyKind,
} from './account-scenario.ts';
export {
  ANY_RESOURCE,
  whoCan,
  type WhoCanHop,
  type WhoCanOptions,
  type WhoCanResult,
  type WhoCanStatement,
} from './who-can.ts';
export type {
  WhatCanAnswer,
  WhatCanCondition,
  WhatCanGrant,
  WhatCanLevel,
  WhatCanOptions,
  WhatCanScope,
  WhatCanService,
} from './what-can-model.ts';
export { loadWhatCan, whatCan, type WhatCanCatalog } from './what-can.ts';
export { unknownPrincipal } from './what-can-principal.ts';
