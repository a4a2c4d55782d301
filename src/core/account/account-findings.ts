import { sizeWithoutWhitespace } from '../lint/rules/policy-size.ts';
import { isObject } from '../scenario/detect.ts';
import type { Account, InlinePolicy } from './model.ts';

/** A rule IAM enforces that the account breaks. */
export interface AccountFinding {
  code:
    | 'duplicate-arn'
    | 'too-many-groups'
    | 'nested-group'
    | 'unknown-group'
    | 'group-as-principal'
    | 'too-many-managed-policies'
    | 'inline-policies-too-large';
  severity: 'error' | 'warning';
  message: string;
  /** The ARN of the identity or policy it is about. */
  subject: string;
}

/** A policy document to look for a group named as a principal in, and what to call it. */
export interface LabelledDocument {
  label: string;
  subject: string;
  document: string;
}

// "IAM and AWS STS quotas", IAM User Guide
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html).
const GROUPS_PER_USER = 10;
/** Managed policies attached to a user, group or role: 10 by default, raised on request to 20. */
const MANAGED_POLICIES_PER_IDENTITY = 10;
/** The aggregate size of an identity's inline policies, white space not counted. */
const INLINE_SIZE = { user: 2048, group: 5120, role: 10240 };

function groupFindings(account: Account): AccountFinding[] {
  const findings: AccountFinding[] = [];
  const groups = new Set(account.groups.map((group) => group.name));
  for (const user of account.users) {
    if (user.groups.length > GROUPS_PER_USER) {
      findings.push({
        code: 'too-many-groups',
        severity: 'error',
        message: `User ${user.name} is in ${user.groups.length} groups: IAM allows a user in at most ${GROUPS_PER_USER}`,
        subject: user.arn,
      });
    }
    for (const name of user.groups.filter((group) => !groups.has(group))) {
      findings.push({
        code: 'unknown-group',
        severity: 'warning',
        message: `User ${user.name} is in group ${name}, which the account does not list: its policies are not known`,
        subject: user.arn,
      });
    }
  }
  // "User groups can't be nested; they can contain only users, not other user groups."
  // (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups.html)
  for (const group of account.groups) {
    if (group.groups && group.groups.length > 0) {
      findings.push({
        code: 'nested-group',
        severity: 'error',
        message: `Group ${group.name} is put in group ${group.groups.join(', ')}: IAM groups cannot contain groups, only users`,
        subject: group.arn,
      });
    }
  }
  return findings;
}

function principalValues(principal: unknown): unknown[] {
  if (!isObject(principal)) return [];
  const aws = principal.AWS;
  return Array.isArray(aws) ? aws : [aws];
}

/** The group ARNs a policy names in Principal or NotPrincipal. */
function groupPrincipals(document: string): string[] {
  let policy: unknown;
  try {
    policy = JSON.parse(document);
  } catch {
    return [];
  }
  if (!isObject(policy)) return [];
  const statements = Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement];
  return statements
    .filter(isObject)
    .flatMap((statement) => [
      ...principalValues(statement.Principal),
      ...principalValues(statement.NotPrincipal),
    ])
    .filter(
      (value): value is string => typeof value === 'string' && /:iam::[^:]*:group\//.test(value),
    );
}

/** Every policy document of the account, named. */
export function accountDocuments(account: Account): LabelledDocument[] {
  const inline = (kind: string, owner: { name: string; arn: string; inline: InlinePolicy[] }) =>
    owner.inline.map((policy) => ({
      label: `inline policy ${policy.name} of ${kind} ${owner.name}`,
      subject: owner.arn,
      document: policy.document,
    }));
  return [
    ...account.users.flatMap((user) => inline('user', user)),
    ...account.groups.flatMap((group) => inline('group', group)),
    ...account.roles.flatMap((role) => [
      { label: `the trust policy of role ${role.name}`, subject: role.arn, document: role.trust },
      ...inline('role', role),
    ]),
    ...account.policies.map((policy) => ({
      label: `managed policy ${policy.name}`,
      subject: policy.arn,
      document: policy.document,
    })),
  ];
}

// "You cannot identify a user group as a principal in a policy"
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html).
function groupPrincipalFindings(documents: LabelledDocument[]): AccountFinding[] {
  return documents.flatMap(({ label, subject, document }) =>
    groupPrincipals(document).map((group) => ({
      code: 'group-as-principal' as const,
      severity: 'error' as const,
      message: `${label} names group ${group} as a principal: a group is not a principal, so IAM refuses the policy`,
      subject,
    })),
  );
}

function quotaFindings(account: Account): AccountFinding[] {
  const findings: AccountFinding[] = [];
  const identities = [
    ...account.users.map((user) => ({ kind: 'user' as const, ...user })),
    ...account.groups.map((group) => ({ kind: 'group' as const, ...group })),
    ...account.roles.map((role) => ({ kind: 'role' as const, ...role })),
  ];
  for (const { kind, name, arn, attached, inline } of identities) {
    if (attached.length > MANAGED_POLICIES_PER_IDENTITY) {
      findings.push({
        code: 'too-many-managed-policies',
        severity: 'warning',
        message: `The ${kind} ${name} has ${attached.length} managed policies attached: IAM's default quota is ${MANAGED_POLICIES_PER_IDENTITY} (it can be raised to 20 on request)`,
        subject: arn,
      });
    }
    const size = inline.reduce((sum, policy) => sum + sizeWithoutWhitespace(policy.document), 0);
    if (size > INLINE_SIZE[kind]) {
      findings.push({
        code: 'inline-policies-too-large',
        severity: 'error',
        message: `The inline policies of ${kind} ${name} have ${size} characters (white space aside): IAM allows ${INLINE_SIZE[kind]} in all for a ${kind}`,
        subject: arn,
      });
    }
  }
  return findings;
}

/** ARNs are unique in an account; a scenario may still repeat one. */
function duplicateFindings(account: Account): AccountFinding[] {
  const seen = new Set<string>();
  const findings: AccountFinding[] = [];
  for (const { arn } of [
    ...account.users,
    ...account.groups,
    ...account.roles,
    ...account.policies,
  ]) {
    if (seen.has(arn)) {
      findings.push({
        code: 'duplicate-arn',
        severity: 'error',
        message: `${arn} is listed more than once in the account`,
        subject: arn,
      });
    }
    seen.add(arn);
  }
  return findings;
}

/** The rules IAM enforces, checked over the account and any other policies given. */
export function accountFindings(
  account: Account,
  otherDocuments: LabelledDocument[] = [],
): AccountFinding[] {
  return [
    ...duplicateFindings(account),
    ...groupFindings(account),
    ...groupPrincipalFindings([...accountDocuments(account), ...otherDocuments]),
    ...quotaFindings(account),
  ];
}
