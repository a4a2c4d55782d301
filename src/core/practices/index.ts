// The best-practice checks of the core: the credential report and its findings.

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
