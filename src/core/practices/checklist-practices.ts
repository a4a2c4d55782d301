/** One best practice of the checklist and the finding codes that show it is not followed. */
export interface ChecklistPractice {
  id: string;
  title: string;
  /** The AWS page or CIS recommendation it comes from. */
  source: string;
  /** The AWS page, when it is one. */
  url?: string;
  /** Codes of CREDENTIAL_RULES, ACCOUNT_RULES and CLOUDTRAIL_RULES. */
  codes: readonly string[];
}

const IAM_BEST_PRACTICES = 'IAM User Guide, "Security best practices in IAM"';
const bestPractice = (anchor: string) =>
  `https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#${anchor}`;

/**
 * The practices the seed names (the root user, MFA, access keys, least privilege and
 * unused access), as AWS's IAM best practices title them, and the CIS recommendations the
 * account's findings follow. A code may serve several practices.
 */
export const CHECKLIST_PRACTICES: readonly ChecklistPractice[] = [
  {
    id: 'protect-root-user',
    title: 'Follow best practices to protect your root user credentials',
    source: IAM_BEST_PRACTICES,
    url: bestPractice('lock-away-credentials'),
    codes: ['root-used-recently', 'root-access-key', 'root-without-mfa', 'root-activity'],
  },
  {
    id: 'require-mfa',
    title: 'Require multi-factor authentication (MFA)',
    source: IAM_BEST_PRACTICES,
    url: bestPractice('enable-mfa-for-privileged-users'),
    codes: [
      'root-without-mfa',
      'privileged-without-mfa',
      'console-without-mfa',
      'console-sign-in-without-mfa',
    ],
  },
  {
    id: 'update-access-keys',
    title: 'Update access keys when needed for use cases that require long-term credentials',
    source: IAM_BEST_PRACTICES,
    url: bestPractice('update-access-keys'),
    codes: ['access-key-not-rotated', 'two-active-keys'],
  },
  {
    id: 'workloads-temporary-credentials',
    title: 'Require workloads to use temporary credentials with IAM roles to access AWS',
    source: IAM_BEST_PRACTICES,
    url: bestPractice('bp-workloads-use-roles'),
    codes: ['long-term-key-use'],
  },
  {
    id: 'remove-unused',
    title:
      'Regularly review and remove unused users, roles, permissions, policies, and credentials',
    source: IAM_BEST_PRACTICES,
    url: bestPractice('remove-credentials'),
    codes: [
      'access-key-unused',
      'access-key-never-used',
      'password-unused',
      'user-inactive',
      'role-unused',
    ],
  },
  {
    id: 'least-privilege',
    title: 'Apply least-privilege permissions',
    source: IAM_BEST_PRACTICES,
    url: bestPractice('grant-least-privilege'),
    codes: ['admin-outside-break-glass'],
  },
  {
    id: 'managed-policies',
    title: 'Prefer managed policies to inline policies',
    source: 'IAM User Guide, "Choose between managed policies and inline policies"',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies-choosing-managed-or-inline.html',
    codes: ['inline-policy-reusable'],
  },
  {
    id: 'permissions-through-groups',
    title: 'IAM users receive permissions only through groups',
    source: 'CIS AWS Foundations Benchmark v3.0.0 1.15',
    codes: ['user-direct-policies'],
  },
  {
    id: 'support-role',
    title: 'A support role manages incidents with AWS Support',
    source: 'CIS AWS Foundations Benchmark v3.0.0 1.17',
    codes: ['no-support-role'],
  },
];
