import type { AccountRule } from './account-rule.ts';

/**
 * A user with managed policies attached or inline policies embedded: CIS recommends only the
 * third of the four ways a user gets policies (inline, attached to the user, through a group's
 * attached or inline policies), that is, through groups.
 */
export const userDirectPolicies: AccountRule = {
  code: 'user-direct-policies',
  severity: 'low',
  source:
    'CIS AWS Foundations Benchmark v3.0.0 1.15 "Ensure IAM Users Receive Permissions Only Through Groups"',
  check(account) {
    return account.users
      .filter((user) => user.attached.length > 0 || user.inline.length > 0)
      .map((user) => {
        const count = user.attached.length + user.inline.length;
        return {
          subject: user.arn,
          name: user.name,
          message: `User ${user.name} has ${count === 1 ? 'a policy' : `${count} policies`} of its own (${[
            ...(user.attached.length > 0 ? [`${user.attached.length} attached`] : []),
            ...(user.inline.length > 0 ? [`${user.inline.length} inline`] : []),
          ].join(', ')}) instead of getting its permissions through groups`,
          evidence: {
            attachedPolicies: user.attached,
            inlinePolicies: user.inline.map((policy) => policy.name),
            groups: user.groups,
          },
          remedy:
            'Put the user in a group that has these permissions (create one for the job function if none has), then detach the managed policies from the user and delete its inline policies',
        };
      });
  },
};
