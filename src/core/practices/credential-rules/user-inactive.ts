import type { CredentialRule } from '../credential-finding.ts';
import { daysPhrase, daysSince } from '../report-time.ts';
import { cellsOf } from './evidence.ts';

/**
 * An IAM user created the unused threshold or more ago who has never signed in nor used an access
 * key: password_last_used is no_information or N/A and both keys' last_used_date N/A.
 */
export const userInactive: CredentialRule = {
  code: 'user-inactive',
  severity: 'low',
  source:
    'IAM User Guide, "Security best practices in IAM", Remove unnecessary credentials (https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#remove-credentials)',
  check(user, { now, thresholds }) {
    if (user.root) return [];
    const uses = [user.passwordLastUsed, ...user.accessKeys.map((key) => key.lastUsedDate)];
    if (uses.some((time) => typeof time === 'number')) return [];
    const age = daysSince(user.creationTime, now);
    if (age === undefined || age < thresholds.unusedDays) return [];
    return [
      {
        message: `The user was created ${daysPhrase(age)} ago and has never signed in nor used an access key`,
        evidence: cellsOf(user, [
          'user_creation_time',
          'password_last_used',
          'access_key_1_last_used_date',
          'access_key_2_last_used_date',
        ]),
        remedy:
          'Delete the user if no one needs it, after removing its password, keys and policies',
      },
    ];
  },
};
