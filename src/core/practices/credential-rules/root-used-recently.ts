import type { CredentialRule } from '../credential-finding.ts';
import { daysPhrase, daysSince } from '../report-time.ts';
import { cellsOf } from './evidence.ts';

const LAST_USES = [
  'password_last_used',
  'access_key_1_last_used_date',
  'access_key_2_last_used_date',
] as const;

/**
 * The root user signed in (password_last_used) or signed a request with an access key within the
 * threshold: the root user is for the few tasks that need it (IAM User Guide, "Tasks that require
 * root user credentials").
 */
export const rootUsedRecently: CredentialRule = {
  code: 'root-used-recently',
  severity: 'high',
  source:
    'CIS AWS Foundations Benchmark v3.0.0 1.7 "Eliminate use of the \'root\' user for administrative and daily tasks"',
  check(user, { now, thresholds }) {
    if (!user.root) return [];
    const times = [user.passwordLastUsed, ...user.accessKeys.map((key) => key.lastUsedDate)];
    const ages = LAST_USES.map((column, index) => ({
      column,
      days: daysSince(times[index]!, now),
    })).filter(({ days }) => days !== undefined && days <= thresholds.rootUsedDays);
    if (ages.length === 0) return [];
    const latest = Math.min(...ages.map(({ days }) => days!));
    return [
      {
        message: `The root user was used ${daysPhrase(Math.max(0, latest))} ago (${ages.map(({ column }) => column).join(', ')}), within ${thresholds.rootUsedDays} days`,
        evidence: cellsOf(user, LAST_USES),
        remedy:
          'Use an IAM role or an administrator user for daily and administrative work, keep the root user for the tasks that require it, and check in CloudTrail what the root user did',
      },
    ];
  },
};
