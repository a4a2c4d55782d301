import type { CredentialRule } from '../credential-finding.ts';
import { cellsOf } from './evidence.ts';

/** Both access keys of an IAM user are active (access_key_1_active and access_key_2_active). */
export const twoActiveKeys: CredentialRule = {
  code: 'two-active-keys',
  severity: 'low',
  source:
    'CIS AWS Foundations Benchmark v3.0.0 1.13 "Ensure there is only one active access key available for any single IAM user"',
  check(user) {
    if (user.root || !user.accessKeys.every((key) => key.active)) return [];
    return [
      {
        message: 'The user has two active access keys',
        evidence: cellsOf(user, [
          'access_key_1_active',
          'access_key_1_last_used_date',
          'access_key_2_active',
          'access_key_2_last_used_date',
        ]),
        remedy:
          'Keep the one access key in use and deactivate the other (two are for the time of a rotation)',
      },
    ];
  },
};
