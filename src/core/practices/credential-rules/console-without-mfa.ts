import type { CredentialRule } from '../credential-finding.ts';
import { cellsOf } from './evidence.ts';

/** An IAM user who can sign in to the console (password_enabled TRUE) without an MFA device. */
export const consoleWithoutMfa: CredentialRule = {
  code: 'console-without-mfa',
  severity: 'medium',
  source:
    'CIS AWS Foundations Benchmark v3.0.0 1.10 "Ensure multi-factor authentication (MFA) is enabled for all IAM users that have a console password"',
  check(user) {
    if (user.root || user.passwordEnabled !== true || user.mfaActive) return [];
    return [
      {
        message: 'The user has a console password and no MFA device',
        evidence: cellsOf(user, ['password_enabled', 'mfa_active']),
        remedy:
          'Assign an MFA device to the user (IAM console: Users, Security credentials, Assign MFA device), or remove the console password if the user does not sign in',
      },
    ];
  },
};
