import type { CredentialRule } from '../credential-finding.ts';
import { daysPhrase, daysSince } from '../report-time.ts';
import { activeUserKeys } from './active-keys.ts';
import { cellsOf, keyColumns } from './evidence.ts';

/** An active access key created or last rotated more than the threshold ago (last_rotated). */
export const accessKeyNotRotated: CredentialRule = {
  code: 'access-key-not-rotated',
  severity: 'medium',
  source:
    'CIS AWS Foundations Benchmark v3.0.0 1.14 "Ensure access keys are rotated every 90 days or less"',
  check(user, { now, thresholds }) {
    return activeUserKeys(user).flatMap((key) => {
      const age = daysSince(key.lastRotated, now);
      if (age === undefined || age <= thresholds.keyRotationDays) return [];
      return [
        {
          message: `Access key ${key.number} was last rotated ${daysPhrase(age)} ago, more than ${thresholds.keyRotationDays}`,
          evidence: cellsOf(user, keyColumns(key, 'active', 'last_rotated')),
          remedy:
            'Create a second access key, move every application to it, deactivate the old key, and delete it once nothing uses it (IAM User Guide, "Rotating access keys")',
        },
      ];
    });
  },
};
