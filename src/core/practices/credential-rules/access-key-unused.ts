import type { CredentialRule } from '../credential-finding.ts';
import { daysPhrase, daysSince } from '../report-time.ts';
import { activeUserKeys } from './active-keys.ts';
import { cellsOf, keyColumns } from './evidence.ts';

/**
 * An active access key last used the threshold or more ago (last_used_date). A key never used has
 * last_used_date N/A: access-key-never-used reports it.
 */
export const accessKeyUnused: CredentialRule = {
  code: 'access-key-unused',
  severity: 'medium',
  source:
    'CIS AWS Foundations Benchmark v3.0.0 1.12 "Ensure credentials unused for 45 days or greater are disabled"',
  check(user, { now, thresholds }) {
    return activeUserKeys(user).flatMap((key) => {
      const age = daysSince(key.lastUsedDate, now);
      if (age === undefined || age < thresholds.unusedDays) return [];
      return [
        {
          message: `Access key ${key.number} is active and was last used ${daysPhrase(age)} ago, ${thresholds.unusedDays} days or more`,
          evidence: cellsOf(user, keyColumns(key, 'active', 'last_used_date')),
          remedy: 'Deactivate the access key, and delete it if nothing needs it',
        },
      ];
    });
  },
};
