import type { AccountRule } from './account-rule.ts';

const ADMINISTRATOR_ACCESS = /^arn:[a-z-]+:iam::aws:policy\/AdministratorAccess$/;

const hasAdmin = (attached: readonly string[]) =>
  attached.find((arn) => ADMINISTRATOR_ACCESS.test(arn));

/**
 * The AWS managed policy AdministratorAccess (every action on every resource) attached to a user,
 * to a group or role that is not a break-glass one. Full access is for emergencies; daily work
 * gets the least privilege it needs. A user in a break-glass group is not reported: the group is.
 */
export const adminOutsideBreakGlass: AccountRule = {
  code: 'admin-outside-break-glass',
  severity: 'high',
  source:
    'IAM User Guide, "Security best practices in IAM": Apply least-privilege permissions; CIS AWS Foundations Benchmark v3.0.0 1.16 "Ensure IAM policies that allow full "*:*" administrative privileges are not attached"',
  check(account, { isBreakGlass }) {
    const remedy =
      'Give this identity the permissions its work needs instead (start from the CloudTrail calls it makes), and keep AdministratorAccess for a break-glass group or role that is used in emergencies only and watched';
    const users = account.users.flatMap((user) => {
      const admin = hasAdmin(user.attached);
      if (admin === undefined) return [];
      return [
        {
          subject: user.arn,
          name: user.name,
          message: `User ${user.name} has ${admin} attached directly`,
          evidence: { identityType: 'user', policy: admin },
          remedy,
        },
      ];
    });
    const groups = account.groups.flatMap((group) => {
      const admin = hasAdmin(group.attached);
      if (admin === undefined || isBreakGlass(group.name)) return [];
      const members = account.users
        .filter((user) => user.groups.includes(group.name))
        .map((user) => user.name);
      return [
        {
          subject: group.arn,
          name: group.name,
          message: `Group ${group.name}, not a break-glass group, has ${admin} attached (${members.length === 1 ? '1 member' : `${members.length} members`})`,
          evidence: { identityType: 'group', policy: admin, members },
          remedy,
        },
      ];
    });
    const roles = account.roles.flatMap((role) => {
      const admin = hasAdmin(role.attached);
      if (admin === undefined || isBreakGlass(role.name)) return [];
      return [
        {
          subject: role.arn,
          name: role.name,
          message: `Role ${role.name}, not a break-glass role, has ${admin} attached`,
          evidence: { identityType: 'role', policy: admin },
          remedy,
        },
      ];
    });
    return [...users, ...groups, ...roles];
  },
};
