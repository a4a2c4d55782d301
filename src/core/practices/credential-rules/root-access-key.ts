import type { CredentialRule } from '../credential-finding.ts';
import { cellsOf, keyColumns } from './evidence.ts';

/**
 * An active access key of the root user. The report shows only active keys (a key's
 * last_rotated is N/A when the user "does not have an active access key"), so an inactive root
 * key, which CIS 1.4 also asks to delete, is not seen here.
 */
export const rootAccessKey: CredentialRule = {
  code: 'root-access-key',
  severity: 'high',
  source:
    'CIS AWS Foundations Benchmark v3.0.0 1.4 "Ensure no \'root\' user account access key exists"',
  check(user) {
    if (!user.root) return [];
    return user.accessKeys
      .filter((key) => key.active)
      .map((key) => ({
        message: `The root user has an active access key (access key ${key.number})`,
        evidence: cellsOf(user, keyColumns(key, 'active', 'last_rotated', 'last_used_date')),
        remedy:
          "Delete the root user's access keys (signed in as the root user: Security credentials, Access keys) and use an IAM role for programmatic access",
      }));
  },
};
