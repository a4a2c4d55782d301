import type { Catalogue, CataloguePath } from './catalogue-model.ts';

/**
 * Tests only: a few pathfinding.cloud paths, by their catalogue ids, as the studio reads them
 * (the descriptions are ours). The whole catalogue is extracted at build time.
 */
function path(entry: Omit<CataloguePath, 'url'>): CataloguePath {
  return { ...entry, url: `https://pathfinding.cloud/paths/${entry.id}` };
}

export const TEST_CATALOGUE: Catalogue = {
  source: 'https://github.com/DataDog/pathfinding.cloud',
  commit: '0000000000000000000000000000000000000000',
  commitDate: '2025-12-17T00:00:00Z',
  paths: [
    path({
      id: 'iam-001',
      name: 'iam:CreatePolicyVersion',
      category: 'self-escalation',
      description: 'A new default version of a policy attached to the principal.',
      permissions: [{ action: 'iam:CreatePolicyVersion', resource: 'own-policy' }],
    }),
    path({
      id: 'iam-002',
      name: 'iam:CreateAccessKey',
      category: 'principal-access',
      description: 'An access key for another user.',
      permissions: [{ action: 'iam:CreateAccessKey', resource: 'other-user' }],
    }),
    path({
      id: 'iam-008',
      name: 'iam:AttachUserPolicy',
      category: 'self-escalation',
      description: 'A managed policy attached to the principal itself.',
      permissions: [{ action: 'iam:AttachUserPolicy', resource: 'self-user' }],
    }),
    path({
      id: 'iam-009',
      name: 'iam:AttachRolePolicy',
      category: 'self-escalation',
      description: 'A managed policy attached to the principal role itself.',
      permissions: [{ action: 'iam:AttachRolePolicy', resource: 'self-role' }],
    }),
    path({
      id: 'iam-012',
      name: 'iam:UpdateAssumeRolePolicy',
      category: 'principal-access',
      description: 'A role trust policy rewritten to trust the principal.',
      permissions: [{ action: 'iam:UpdateAssumeRolePolicy', resource: 'target-role' }],
    }),
    path({
      id: 'iam-013',
      name: 'iam:AddUserToGroup',
      category: 'self-escalation',
      description: 'The principal added to a group it is not in.',
      permissions: [{ action: 'iam:AddUserToGroup', resource: 'any-group' }],
    }),
    path({
      id: 'iam-015',
      name: 'iam:AttachUserPolicy + iam:CreateAccessKey',
      category: 'principal-access',
      description: 'A policy attached to another user, then an access key for that user.',
      permissions: [
        { action: 'iam:AttachUserPolicy', resource: 'other-user' },
        { action: 'iam:CreateAccessKey', resource: 'other-user' },
      ],
    }),
    path({
      id: 'iam-016',
      name: 'iam:CreatePolicyVersion + sts:AssumeRole',
      category: 'principal-access',
      description: 'A new version of a policy attached to a role, then that role assumed.',
      permissions: [
        { action: 'iam:CreatePolicyVersion', resource: 'target-role-policy' },
        { action: 'sts:AssumeRole', resource: 'target-role' },
      ],
    }),
    path({
      id: 'lambda-001',
      name: 'iam:PassRole + lambda:CreateFunction + lambda:InvokeFunction',
      category: 'new-passrole',
      description: 'A function created with a passed role, then invoked.',
      permissions: [
        { action: 'iam:PassRole', resource: 'passed-role' },
        { action: 'lambda:CreateFunction', resource: 'new-resource' },
        { action: 'lambda:InvokeFunction', resource: 'new-resource' },
      ],
      passRole: { services: ['lambda.amazonaws.com'], runsCode: true },
    }),
    path({
      id: 'lambda-003',
      name: 'lambda:UpdateFunctionCode',
      category: 'existing-passrole',
      description: 'New code for an existing function that runs as a role.',
      permissions: [{ action: 'lambda:UpdateFunctionCode', resource: 'existing-resource' }],
    }),
  ],
};
