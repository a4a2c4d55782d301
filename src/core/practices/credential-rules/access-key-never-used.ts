import type { CredentialRule } from '../credential-finding.ts';
import { daysPhrase, daysSince } from '../report-time.ts';
import { activeUserKeys } from './active-keys.ts';
import { cellsOf, keyColumns } from './evidence.ts';

/**
 * An active access key never used since it was created: last_used_date is N/A, which the report
 * writes for a key "never used" (or not since April 22, 2015).
 */
export const accessKeyNeverUsed: CredentialRule = {
  code: 'access-key-never-used',
  severity: 'low',
  source:
    'CIS AWS Foundations Benchmark v3.0.0 1.11 "Do not setup access keys during initial user setup for all IAM users that have a console password"',
  check(user, { now }) {
    return activeUserKeys(user).flatMap((key) => {
      if (key.lastUsedDate !== 'N/A') return [];
      const age = daysSince(key.lastRotated, now);
      const since = age === undefined ? '' : `, created ${daysPhrase(Math.max(0, age))} ago`;
      return [
        {
          message: `Access key ${key.number} is active and has never been used${since}`,
          evidence: cellsOf(user, keyColumns(key, 'active', 'last_rotated', 'last_used_date')),
          remedy:
            'Delete the access key if nothing needs it; create access keys only when a user needs programmatic access',
        },
      ];
    });
  },
};
