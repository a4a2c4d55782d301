// The best-practice checks of the core: the credential report, the account and CloudTrail, and
// the checklist of the practices they show.

export { REPORT_COLUMNS, ROOT_USER_NAME, SPECIAL_VALUES } from './report-columns.ts';
export type { ReportColumn, SpecialValue } from './report-columns.ts';
export type * from './report-model.ts';
export { readCredentialReport } from './read-report.ts';
export type { CredentialFinding, CredentialSeverity } from './credential-finding.ts';
export { credentialFindings, type CredentialCheckOptions } from './credential-findings.ts';
export { CREDENTIAL_RULES } from './credential-rules/registry.ts';
export {
  CIS_THRESHOLDS,
  credentialThresholds,
  type CredentialThresholds,
  type ThresholdDefault,
} from './thresholds.ts';
export { privilegedUserArns } from './privileged-users.ts';
export type * from './practice-findings-model.ts';
export { PRACTICE_THRESHOLDS } from './practice-findings-model.ts';
export {
  practiceFindings,
  type PracticeCheckOptions,
  type PracticeFindings,
} from './practice-findings.ts';
export { ACCOUNT_RULES } from './account-rules/registry.ts';
export { BREAK_GLASS_NAME, type AccountRule } from './account-rules/account-rule.ts';
export { CLOUDTRAIL_RULES } from './cloudtrail-rules/registry.ts';
export type { CloudTrailRule } from './cloudtrail-rules/cloudtrail-rule.ts';
export type * from './cloudtrail-rules/activity-model.ts';
export { CloudTrailActivityCollector } from './cloudtrail-rules/activity.ts';
export { CHECKLIST_PRACTICES, type ChecklistPractice } from './checklist-practices.ts';
export {
  practiceChecklist,
  RULE_INPUTS,
  type ChecklistItem,
  type ChecklistState,
} from './checklist.ts';
