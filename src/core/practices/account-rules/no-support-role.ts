import { rootArn } from '../../account/model.ts';
import type { AccountRule } from './account-rule.ts';

const SUPPORT_ACCESS = /^arn:[a-z-]+:iam::aws:policy\/AWSSupportAccess$/;

const hasSupportAccess = (identity: { attached: readonly string[] }) =>
  identity.attached.some((arn) => SUPPORT_ACCESS.test(arn));

/**
 * No role has the AWS managed policy AWSSupportAccess attached. CIS audits it with
 * list-entities-for-policy and asks for a role among the entities: a user or group with the
 * policy does not pass, and is named in the evidence. An account read with no identity at all is
 * not judged.
 */
export const noSupportRole: AccountRule = {
  code: 'no-support-role',
  severity: 'low',
  source:
    'CIS AWS Foundations Benchmark v3.0.0 1.17 "Ensure a support role has been created to manage incidents with AWS Support"',
  check(account) {
    const identities = [...account.users, ...account.groups, ...account.roles];
    if (identities.length === 0 || account.roles.some(hasSupportAccess)) return [];
    const others = [...account.users, ...account.groups].filter(hasSupportAccess);
    return [
      {
        subject: rootArn(account) ?? 'account',
        name: account.id ?? 'account',
        message:
          others.length === 0
            ? 'No role of the account has AWSSupportAccess attached'
            : `No role of the account has AWSSupportAccess attached (${others.map((identity) => identity.name).join(', ')} ${others.length === 1 ? 'has' : 'have'} it, but CIS asks for a role)`,
        evidence: { withSupportAccess: others.map((identity) => identity.arn) },
        remedy:
          'Create a role for managing incidents with AWS Support, trusted by the people or accounts who handle them, and attach arn:aws:iam::aws:policy/AWSSupportAccess to it',
      },
    ];
  },
};
