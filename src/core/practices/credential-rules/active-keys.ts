import type { CredentialUser, ReportAccessKey } from '../report-model.ts';

/** The active access keys of an IAM user; the root user's have rules of their own. */
export function activeUserKeys(user: CredentialUser): ReportAccessKey[] {
  return user.root ? [] : user.accessKeys.filter((key) => key.active);
}
