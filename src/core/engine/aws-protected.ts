import type { AwsRule } from './trace.ts';

/**
 * What AWS refuses to change whatever the policies say, because AWS owns it: AWS managed policies,
 * the AWSReservedSSO_ roles IAM Identity Center creates, and the alias/aws/ aliases of AWS managed
 * KMS keys. The escalation analysis skips these: no policy makes them a path.
 */

interface Protection {
  actions: ReadonlySet<string>;
  /** The resource ARNs protected, all partitions. */
  resource: RegExp;
  rule: AwsRule;
}

const lower = (actions: string[]) => new Set(actions.map((action) => action.toLowerCase()));

const AWS_MANAGED_POLICY = /^arn:[^:]+:iam::aws:policy\//;

const MANAGED_POLICIES_PAGE = {
  title: 'IAM User Guide, AWS managed policies',
  url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html#aws-managed-policies',
};

const PROTECTIONS: readonly Protection[] = [
  {
    actions: lower([
      'iam:CreatePolicyVersion',
      'iam:DeletePolicyVersion',
      'iam:SetDefaultPolicyVersion',
    ]),
    resource: AWS_MANAGED_POLICY,
    rule: {
      kind: 'aws-protected',
      reason:
        'This is an AWS managed policy, and "You cannot change the permissions defined in AWS managed policies."',
      source: MANAGED_POLICIES_PAGE,
    },
  },
  {
    actions: lower(['iam:DeletePolicy']),
    resource: AWS_MANAGED_POLICY,
    rule: {
      kind: 'aws-protected',
      reason: 'This is an AWS managed policy, and "You cannot delete AWS managed policies."',
      source: {
        title: 'IAM User Guide, Delete IAM policies',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_manage-delete.html',
      },
    },
  },
  {
    actions: lower(['iam:TagPolicy', 'iam:UntagPolicy']),
    resource: AWS_MANAGED_POLICY,
    rule: {
      kind: 'aws-protected',
      reason:
        'This is an AWS managed policy, and IAM tags only customer managed policies ("Adds one or more tags to an IAM customer managed policy").',
      source: {
        title: 'IAM API Reference, TagPolicy',
        url: 'https://docs.aws.amazon.com/IAM/latest/APIReference/API_TagPolicy.html',
      },
    },
  },
  {
    actions: lower([
      'iam:AttachRolePolicy',
      'iam:DetachRolePolicy',
      'iam:PutRolePolicy',
      'iam:DeleteRolePolicy',
      'iam:UpdateAssumeRolePolicy',
      'iam:UpdateRole',
      'iam:UpdateRoleDescription',
      'iam:PutRolePermissionsBoundary',
      'iam:DeleteRolePermissionsBoundary',
      'iam:DeleteRole',
    ]),
    resource:
      /^arn:[^:]+:iam::\d{12}:role\/aws-reserved\/sso\.amazonaws\.com\/(?:[^/]+\/)*AWSReservedSSO_[^/]*$/,
    rule: {
      kind: 'aws-protected',
      reason:
        'AWSReservedSSO_ roles belong to IAM Identity Center: changed in IAM, AWS answers "Cannot perform the operation on the protected role [...] this role is only modifiable by AWS"; they change through their permission set.',
      source: {
        title:
          "IAM Identity Center User Guide, Troubleshooting: 'Cannot perform the operation on the protected role'",
        url: 'https://docs.aws.amazon.com/singlesignon/latest/userguide/troubleshooting.html',
      },
    },
  },
  {
    actions: lower(['kms:CreateAlias', 'kms:UpdateAlias', 'kms:DeleteAlias']),
    resource: /^arn:[^:]+:kms:[^:]*:\d{12}:alias\/aws\//,
    rule: {
      kind: 'aws-protected',
      reason:
        'Aliases beginning with alias/aws/ belong to AWS managed keys: "The alias/aws/ prefix is reserved for AWS managed key", and "You cannot manage aliases for AWS managed keys".',
      source: {
        title: 'AWS KMS Developer Guide, Create aliases',
        url: 'https://docs.aws.amazon.com/kms/latest/developerguide/alias-create.html',
      },
    },
  },
];

const PROTECTED_ACTIONS: ReadonlySet<string> = new Set(
  PROTECTIONS.flatMap((protection) => [...protection.actions]),
);

/** Whether AWS refuses `action` (in lower case) on some resource it owns. */
export function isProtectedAction(action: string): boolean {
  return PROTECTED_ACTIONS.has(action);
}

/** The rule when AWS refuses `action` on `resourceArn` whatever the policies say; otherwise undefined. */
export function awsProtectedResource(action: string, resourceArn: string): AwsRule | undefined {
  const name = action.toLowerCase();
  for (const protection of PROTECTIONS) {
    if (protection.actions.has(name) && protection.resource.test(resourceArn))
      return protection.rule;
  }
  return undefined;
}
