import type { CredentialRule } from '../credential-finding.ts';
import { daysPhrase, daysSince } from '../report-time.ts';
import { cellsOf } from './evidence.ts';

/**
 * An IAM user's console password not used for the threshold or more: since password_last_used, or,
 * for a password never used (no_information), since it was set (password_last_changed).
 */
export const passwordUnused: CredentialRule = {
  code: 'password-unused',
  severity: 'medium',
  source:
    'CIS AWS Foundations Benchmark v3.0.0 1.12 "Ensure credentials unused for 45 days or greater are disabled"',
  check(user, { now, thresholds }) {
    if (user.root || user.passwordEnabled !== true) return [];
    const used = daysSince(user.passwordLastUsed, now);
    const age = used ?? daysSince(user.passwordLastChanged, now);
    if (age === undefined || age < thresholds.unusedDays) return [];
    const what =
      used !== undefined
        ? `was last used ${daysPhrase(age)} ago`
        : `has never been used since it was set ${daysPhrase(age)} ago`;
    return [
      {
        message: `The console password ${what}, ${thresholds.unusedDays} days or more`,
        evidence: cellsOf(user, [
          'password_enabled',
          'password_last_used',
          'password_last_changed',
        ]),
        remedy:
          "Remove the user's console password (aws iam delete-login-profile --user-name USER) if the user does not sign in",
      },
    ];
  },
};
