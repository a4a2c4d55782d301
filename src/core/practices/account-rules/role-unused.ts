import type { AccountRole } from '../../account/model.ts';
import { daysPhrase } from '../report-time.ts';
import type { AccountRule } from './account-rule.ts';
import { daysBefore } from './dates.ts';

const SERVICE_LINKED_PATH = '/aws-service-role/';

/** Why the role is unused, or undefined when it was used within `days` or its age is not known. */
function unusedBecause(role: AccountRole, now: number, days: number): string | undefined {
  const used = daysBefore(role.lastUsed?.lastUsedDate, now);
  if (used !== undefined) {
    const region = role.lastUsed?.region ? ` (in ${role.lastUsed.region})` : '';
    return used >= days
      ? `Role ${role.name} was last used ${daysPhrase(used)} ago${region}, ${days} days or more`
      : undefined;
  }
  const created = daysBefore(role.createDate, now);
  return created !== undefined && created >= days
    ? `Role ${role.name} has no recorded use (IAM keeps 400 days of it) and was created ${daysPhrase(created)} ago`
    : undefined;
}

function evidenceOf(role: AccountRole) {
  return {
    lastUsedDate: role.lastUsed?.lastUsedDate ?? 'none',
    ...(role.lastUsed?.region === undefined ? {} : { region: role.lastUsed.region }),
    createDate: role.createDate ?? 'unknown',
  };
}

/**
 * A role last used (RoleLastUsed) the threshold or more days ago, or never used and created at
 * least that long ago. IAM keeps a role's last use for the trailing 400 days (IAM API Reference,
 * RoleLastUsed), so "never" means not within them; a role with no use and no CreateDate is left
 * out, since its age is not known, and so is one created within the threshold, as IAM Access
 * Analyzer judges only entities that existed for its whole tracking period.
 */
export const roleUnused: AccountRule = {
  code: 'role-unused',
  severity: 'low',
  source:
    'IAM User Guide, "Security best practices in IAM": Regularly review and remove unused users, roles, permissions, policies, and credentials',
  check(account, { now, thresholds }) {
    return account.roles.flatMap((role) => {
      const message = unusedBecause(role, now, thresholds.roleUnusedDays);
      if (message === undefined) return [];
      const serviceLinked = role.path.startsWith(SERVICE_LINKED_PATH);
      return [
        {
          subject: role.arn,
          name: role.name,
          message,
          evidence: evidenceOf(role),
          remedy: serviceLinked
            ? 'A service-linked role: if the service no longer needs it, delete the service resources that use it and then the role through that service (IAM User Guide, "Delete a service-linked role")'
            : 'Check in CloudTrail and with its owners that nothing assumes the role, then remove its permissions or delete it; an emergency role kept on purpose can be documented as such',
        },
      ];
    });
  },
};
