import type { AccountEscalationReport } from '../account/escalations.ts';
import type { Account } from '../account/model.ts';

/**
 * The users of `account` that the escalation analysis (accountEscalations) finds admin-equivalent
 * (allowed ADMIN_PROBES on every resource) or able to take an escalation path: privileged, for the
 * credential report's privileged-without-mfa.
 */
export function privilegedUserArns(
  account: Pick<Account, 'users'>,
  escalations: Pick<AccountEscalationReport, 'admins' | 'paths'>,
): string[] {
  const users = new Set(account.users.map((user) => user.arn));
  const privileged = new Set([
    ...escalations.admins,
    ...escalations.paths.map((path) => path.principal),
  ]);
  return [...privileged].filter((arn) => users.has(arn));
}
