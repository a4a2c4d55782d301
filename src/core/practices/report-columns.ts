/**
 * The columns of the credential report, in the order AWS writes them (IAM User Guide, "Getting
 * credential reports for your AWS account", "Understanding the report format":
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html). The page
 * lists these 22, as issue 17 counts them.
 */
export const REPORT_COLUMNS = [
  'user',
  'arn',
  'user_creation_time',
  'password_enabled',
  'password_last_used',
  'password_last_changed',
  'password_next_rotation',
  'mfa_active',
  'access_key_1_active',
  'access_key_1_last_rotated',
  'access_key_1_last_used_date',
  'access_key_1_last_used_region',
  'access_key_1_last_used_service',
  'access_key_2_active',
  'access_key_2_last_rotated',
  'access_key_2_last_used_date',
  'access_key_2_last_used_region',
  'access_key_2_last_used_service',
  'cert_1_active',
  'cert_1_last_rotated',
  'cert_2_active',
  'cert_2_last_rotated',
] as const;

export type ReportColumn = (typeof REPORT_COLUMNS)[number];

/**
 * What AWS writes where a column has no date or flag, per the same page: `N/A` (not applicable:
 * no password, no access key, a key never used), `no_information` (a password never used, or not
 * since IAM began tracking it), `not_supported` (the root user's password columns).
 */
export const SPECIAL_VALUES = ['N/A', 'no_information', 'not_supported'] as const;

export type SpecialValue = (typeof SPECIAL_VALUES)[number];

/** The user name the report gives the AWS account root user. */
export const ROOT_USER_NAME = '<root_account>';
