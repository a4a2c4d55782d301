import type { CredentialRule } from '../credential-finding.ts';
import { cellsOf } from './evidence.ts';

/**
 * A user the imported account's analysis finds admin-equivalent or able to escalate, without an
 * MFA device: whoever holds its password or keys holds the account (IAM User Guide, "Security best
 * practices in IAM", "Enable MFA", whose anchor is #enable-mfa-for-privileged-users).
 */
export const privilegedWithoutMfa: CredentialRule = {
  code: 'privileged-without-mfa',
  severity: 'high',
  source:
    'IAM User Guide, "Security best practices in IAM", Enable MFA (https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#enable-mfa-for-privileged-users)',
  check(user, { privilegedUsers }) {
    if (user.root || user.mfaActive || !privilegedUsers.has(user.arn)) return [];
    return [
      {
        message:
          'The user is admin-equivalent or can escalate to admin in the imported account, and has no MFA device',
        evidence: cellsOf(user, [
          'arn',
          'mfa_active',
          'password_enabled',
          'access_key_1_active',
          'access_key_2_active',
        ]),
        remedy:
          'Assign an MFA device and require it for the privileged actions (a Deny with "BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}), or move the privileges to a role assumed with MFA',
      },
    ];
  },
};
