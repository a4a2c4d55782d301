import type { CataloguePath } from './catalogue-model.ts';
import { technique } from './studio-technique.ts';

/**
 * IAM and STS techniques. Each changes what an identity may do, or gets the credentials of another
 * identity, with one or two IAM API calls; the key action's API Reference page says what it
 * changes.
 */
export const IAM_TECHNIQUES: CataloguePath[] = [
  technique({
    id: 'iam-001',
    category: 'self-escalation',
    key: 'iam:CreatePolicyVersion',
    description:
      'Writes a new version of a customer managed policy the principal already has and makes it the default, so the principal holds whatever that version grants.',
    permissions: [['iam:CreatePolicyVersion', 'own-policy']],
  }),
  technique({
    id: 'iam-002',
    category: 'principal-access',
    key: 'iam:CreateAccessKey',
    description: 'Creates an access key for another user and signs in with it as that user.',
    permissions: [['iam:CreateAccessKey', 'other-user']],
  }),
  technique({
    id: 'iam-003',
    category: 'principal-access',
    key: 'iam:CreateAccessKey',
    description:
      "Deletes one of another user's access keys when it already has the two IAM allows, then creates one for itself to use as that user.",
    permissions: [
      ['iam:CreateAccessKey', 'other-user'],
      ['iam:DeleteAccessKey', 'other-user'],
    ],
  }),
  technique({
    id: 'iam-004',
    category: 'principal-access',
    key: 'iam:CreateLoginProfile',
    description:
      'Gives a console password to another user that has none, then signs in to the console as that user.',
    permissions: [['iam:CreateLoginProfile', 'other-user']],
  }),
  technique({
    id: 'iam-005',
    category: 'self-escalation',
    key: 'iam:PutRolePolicy',
    description: 'Writes an inline policy of its choosing into the role it is acting as.',
    permissions: [['iam:PutRolePolicy', 'self-role']],
  }),
  technique({
    id: 'iam-006',
    category: 'principal-access',
    key: 'iam:UpdateLoginProfile',
    description:
      'Sets a new console password for another user, then signs in to the console as that user.',
    permissions: [['iam:UpdateLoginProfile', 'other-user']],
  }),
  technique({
    id: 'iam-007',
    category: 'self-escalation',
    key: 'iam:PutUserPolicy',
    description: 'Writes an inline policy of its choosing into its own user.',
    permissions: [['iam:PutUserPolicy', 'self-user']],
  }),
  technique({
    id: 'iam-008',
    category: 'self-escalation',
    key: 'iam:AttachUserPolicy',
    description: 'Attaches a managed policy such as AdministratorAccess to its own user.',
    permissions: [['iam:AttachUserPolicy', 'self-user']],
  }),
  technique({
    id: 'iam-009',
    category: 'self-escalation',
    key: 'iam:AttachRolePolicy',
    description:
      'Attaches a managed policy such as AdministratorAccess to the role it is acting as.',
    permissions: [['iam:AttachRolePolicy', 'self-role']],
  }),
  technique({
    id: 'iam-010',
    category: 'self-escalation',
    key: 'iam:AttachGroupPolicy',
    description:
      'Attaches a managed policy such as AdministratorAccess to a group its user is a member of.',
    permissions: [['iam:AttachGroupPolicy', 'own-group']],
  }),
  technique({
    id: 'iam-011',
    category: 'self-escalation',
    key: 'iam:PutGroupPolicy',
    description: 'Writes an inline policy of its choosing into a group its user is a member of.',
    permissions: [['iam:PutGroupPolicy', 'own-group']],
  }),
  technique({
    id: 'iam-012',
    category: 'principal-access',
    key: 'iam:UpdateAssumeRolePolicy',
    description:
      "Replaces a role's trust policy with one that trusts the principal, then assumes the role.",
    permissions: [['iam:UpdateAssumeRolePolicy', 'target-role']],
  }),
  technique({
    id: 'iam-013',
    category: 'self-escalation',
    key: 'iam:AddUserToGroup',
    description: "Adds its own user to a group it is not in and gets that group's policies.",
    permissions: [['iam:AddUserToGroup', 'any-group']],
  }),
  technique({
    id: 'iam-014',
    category: 'principal-access',
    key: 'iam:AttachRolePolicy',
    description:
      'Attaches a managed policy to a role it may assume, then assumes the role with the added permissions.',
    permissions: [
      ['iam:AttachRolePolicy', 'target-role'],
      ['sts:AssumeRole', 'target-role'],
    ],
  }),
  technique({
    id: 'iam-015',
    category: 'principal-access',
    key: 'iam:AttachUserPolicy',
    description:
      'Attaches a managed policy to another user, then creates an access key to act as that user.',
    permissions: [
      ['iam:AttachUserPolicy', 'other-user'],
      ['iam:CreateAccessKey', 'other-user'],
    ],
  }),
  technique({
    id: 'iam-016',
    category: 'principal-access',
    key: 'iam:CreatePolicyVersion',
    description:
      'Writes a new default version of a customer managed policy attached to a role it may assume, then assumes the role.',
    permissions: [
      ['iam:CreatePolicyVersion', 'target-role-policy'],
      ['sts:AssumeRole', 'target-role'],
    ],
  }),
  technique({
    id: 'iam-017',
    category: 'principal-access',
    key: 'iam:PutRolePolicy',
    description: 'Writes an inline policy into a role it may assume, then assumes the role.',
    permissions: [
      ['iam:PutRolePolicy', 'target-role'],
      ['sts:AssumeRole', 'target-role'],
    ],
  }),
  technique({
    id: 'iam-018',
    category: 'principal-access',
    key: 'iam:PutUserPolicy',
    description:
      'Writes an inline policy into another user, then creates an access key to act as that user.',
    permissions: [
      ['iam:PutUserPolicy', 'other-user'],
      ['iam:CreateAccessKey', 'other-user'],
    ],
  }),
  technique({
    id: 'iam-019',
    category: 'principal-access',
    key: 'iam:UpdateAssumeRolePolicy',
    description:
      "Attaches a managed policy to a role and rewrites the role's trust policy to trust the principal, then assumes it.",
    permissions: [
      ['iam:AttachRolePolicy', 'target-role'],
      ['iam:UpdateAssumeRolePolicy', 'target-role'],
    ],
  }),
  technique({
    id: 'iam-020',
    category: 'principal-access',
    key: 'iam:UpdateAssumeRolePolicy',
    description:
      "Writes a new default version of a customer managed policy attached to a role and rewrites the role's trust policy to trust the principal, then assumes it.",
    permissions: [
      ['iam:CreatePolicyVersion', 'target-role-policy'],
      ['iam:UpdateAssumeRolePolicy', 'target-role'],
    ],
  }),
  technique({
    id: 'iam-021',
    category: 'principal-access',
    key: 'iam:UpdateAssumeRolePolicy',
    description:
      "Writes an inline policy into a role and rewrites the role's trust policy to trust the principal, then assumes it.",
    permissions: [
      ['iam:PutRolePolicy', 'target-role'],
      ['iam:UpdateAssumeRolePolicy', 'target-role'],
    ],
  }),
  technique({
    id: 'sts-001',
    category: 'principal-access',
    key: 'sts:AssumeRole',
    description:
      "Assumes a role whose trust policy lets it in, and acts with the role's permissions.",
    permissions: [['sts:AssumeRole', 'target-role']],
  }),
];
