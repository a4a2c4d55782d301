import type { Account, InlinePolicy, Tags } from './model.ts';

/**
 * The generated account for benches (who-can.bench.ts, scripts/bench-account.ts): 500
 * users, 200 groups, 2,000 roles, 1,500 customer managed policies. A third of the policies read a
 * bucket, a third describe EC2, a third allow sts:AssumeRole on two roles; a role trusts a
 * service, the account, a user or the next role, in turn. Each user is in two groups.
 */
const ID = '111122223333';
const arn = (resource: string) => `arn:aws:iam::${ID}:${resource}`;
const allow = (Action: string | string[], Resource: string | string[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action, Resource }] });
const trust = (principal: Record<string, string>) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' }],
  });

/**
 * With `escalating`, one policy in 25 instead grants what a catalogue path needs, in turn: passing
 * a role to a new Lambda function, a new version of a policy, a policy attached to oneself, an
 * access key for another user, everything.
 */
const ESCALATING = [
  allow(['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'], '*'),
  allow('iam:CreatePolicyVersion', arn('policy/*')),
  allow('iam:AttachUserPolicy', arn('user/*')),
  allow('iam:CreateAccessKey', arn('user/*')),
  allow('*', '*'),
];

function policyDocument(index: number, escalating: boolean): string {
  if (escalating && index % 25 === 24)
    return ESCALATING[Math.floor(index / 25) % ESCALATING.length]!;
  if (index % 3 === 0) return allow('s3:GetObject', `arn:aws:s3:::bucket-${index % 50}/*`);
  if (index % 3 === 1) return allow('ec2:Describe*', '*');
  return allow('sts:AssumeRole', [
    arn(`role/r${(index * 7) % 2_000}`),
    arn(`role/r${(index * 13) % 2_000}`),
  ]);
}

function roleTrust(index: number): string {
  switch (index % 4) {
    case 0:
      return trust({ Service: 'lambda.amazonaws.com' });
    case 1:
      return trust({ AWS: arn('root') });
    case 2:
      return trust({ AWS: arn(`user/u${index % 500}`) });
    default:
      return trust({ AWS: arn(`role/r${(index + 1) % 2_000}`) });
  }
}

const policy = (index: number) => arn(`policy/p${index % 1_500}`);

export function generatedAccount(options: { escalating?: boolean } = {}): Account {
  const escalating = options.escalating ?? false;
  return {
    id: ID,
    users: Array.from({ length: 500 }, (_, index) => ({
      name: `u${index}`,
      arn: arn(`user/u${index}`),
      path: '/',
      groups: [`g${index % 200}`, `g${(index + 1) % 200}`],
      attached: [policy(index)],
      inline: [],
      tags: {},
    })),
    groups: Array.from({ length: 200 }, (_, index) => ({
      name: `g${index}`,
      arn: arn(`group/g${index}`),
      path: '/',
      attached: [policy(index + 500)],
      inline: [],
    })),
    roles: Array.from({ length: 2_000 }, (_, index) => ({
      name: `r${index}`,
      arn: arn(`role/r${index}`),
      path: '/',
      trust: roleTrust(index),
      attached: [policy(index + 700)],
      inline: [],
      tags: {},
      instanceProfiles: [],
    })),
    policies: Array.from({ length: 1_500 }, (_, index) => ({
      arn: policy(index),
      name: `p${index}`,
      path: '/',
      document: policyDocument(index, escalating),
      isAwsManaged: false,
    })),
  };
}

const CREATED = '2026-01-15T09:00:00Z';
const attachedList = (arns: string[]) =>
  arns.map((policyArn) => ({
    PolicyName: policyArn.slice(policyArn.lastIndexOf('/') + 1),
    PolicyArn: policyArn,
  }));
const inlineList = (policies: InlinePolicy[]) =>
  policies.map(({ name, document }) => ({
    PolicyName: name,
    PolicyDocument: JSON.parse(document) as unknown,
  }));
const tagList = (tags: Tags) => Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
const boundary = (boundaryArn: string | undefined) =>
  boundaryArn === undefined
    ? {}
    : {
        PermissionsBoundary: {
          PermissionsBoundaryType: 'PermissionsPolicy',
          PermissionsBoundaryArn: boundaryArn,
        },
      };

/** The fields a UserDetail, GroupDetail or RoleDetail starts with. */
function identityDetail(
  kind: 'User' | 'Group' | 'Role',
  identity: { path: string; name: string; arn: string },
  id: string,
) {
  return {
    Path: identity.path,
    [`${kind}Name`]: identity.name,
    [`${kind}Id`]: id,
    Arn: identity.arn,
    CreateDate: CREATED,
  };
}

/**
 * The account as `aws iam get-account-authorization-details` prints it (IAM API Reference:
 * GetAccountAuthorizationDetails, UserDetail, GroupDetail, RoleDetail, ManagedPolicyDetail), its
 * policy documents decoded to JSON as the AWS CLI does: the text an import reads.
 */
export function accountDetailsText(account: Account): string {
  const details = {
    UserDetailList: account.users.map((user, index) => ({
      ...identityDetail('User', user, user.id ?? `AIDAGENERATED${index}`),
      GroupList: user.groups,
      AttachedManagedPolicies: attachedList(user.attached),
      UserPolicyList: inlineList(user.inline),
      Tags: tagList(user.tags),
      ...boundary(user.boundary),
    })),
    GroupDetailList: account.groups.map((group, index) => ({
      ...identityDetail('Group', group, `AGPAGENERATED${index}`),
      GroupPolicyList: inlineList(group.inline),
      AttachedManagedPolicies: attachedList(group.attached),
    })),
    RoleDetailList: account.roles.map((role, index) => ({
      ...identityDetail('Role', role, role.id ?? `AROAGENERATED${index}`),
      AssumeRolePolicyDocument: JSON.parse(role.trust) as unknown,
      InstanceProfileList: [],
      RolePolicyList: inlineList(role.inline),
      AttachedManagedPolicies: attachedList(role.attached),
      Tags: tagList(role.tags),
      RoleLastUsed: {},
      ...boundary(role.boundary),
    })),
    Policies: account.policies.map((managed, index) => ({
      PolicyName: managed.name,
      PolicyId: `ANPAGENERATED${index}`,
      Arn: managed.arn,
      Path: managed.path,
      DefaultVersionId: managed.defaultVersionId ?? 'v1',
      AttachmentCount: 1,
      PermissionsBoundaryUsageCount: 0,
      IsAttachable: true,
      CreateDate: CREATED,
      UpdateDate: CREATED,
      PolicyVersionList: [
        {
          Document: JSON.parse(managed.document) as unknown,
          VersionId: managed.defaultVersionId ?? 'v1',
          IsDefaultVersion: true,
          CreateDate: CREATED,
        },
      ],
    })),
  };
  return JSON.stringify(details, null, 4);
}
