import type { CredentialRule } from '../credential-finding.ts';
import { cellsOf } from './evidence.ts';

/** The root user has no MFA device (mfa_active FALSE). */
export const rootWithoutMfa: CredentialRule = {
  code: 'root-without-mfa',
  severity: 'high',
  source:
    'CIS AWS Foundations Benchmark v3.0.0 1.5 "Ensure MFA is enabled for the \'root\' user account"',
  check(user) {
    if (!user.root || user.mfaActive) return [];
    return [
      {
        message: 'The root user has no MFA device',
        evidence: cellsOf(user, ['mfa_active']),
        remedy:
          'Enable MFA for the root user; CIS 1.6 ("Ensure hardware MFA is enabled for the \'root\' user account") asks for a hardware device, which the credential report cannot tell from a virtual one',
      },
    ];
  },
};
