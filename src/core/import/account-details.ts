import { isObject, type JsonObject } from '../scenario/detect.ts';
import { PolicyCollector, type FoundPolicies } from './found.ts';

const LISTS = ['UserDetailList', 'GroupDetailList', 'RoleDetailList', 'Policies'];

function entries(value: unknown): JsonObject[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

const text = (value: unknown, otherwise: string) =>
  typeof value === 'string' && value ? value : otherwise;

/** The inline policies of a user, group or role: [{PolicyName, PolicyDocument}], named owner/name. */
function addInline(collector: PolicyCollector, owner: string, list: unknown, where: string): void {
  entries(list).forEach((policy, index) => {
    const name = `${owner}/${text(policy.PolicyName, String(index + 1))}`;
    collector.add('identity', name, policy.PolicyDocument, `${where}[${index}]`);
  });
}

/** A managed policy's default version: the one IAM applies. */
function addManaged(collector: PolicyCollector, policy: JsonObject, index: number): void {
  const name = text(policy.PolicyName, `Policy ${index + 1}`);
  const versions = entries(policy.PolicyVersionList);
  const current =
    versions.find((version) => version.IsDefaultVersion === true) ??
    versions.find((version) => version.VersionId === policy.DefaultVersionId);
  if (current) collector.add('identity', name, current.Document, `${name}.PolicyVersionList`);
  else
    collector.notes.push(`${name} has no default version in PolicyVersionList, so it was left out`);
}

/**
 * `aws iam get-account-authorization-details`
 * (https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html):
 * each role's trust policy, the inline policies of users, groups and roles, and the default
 * version of each managed policy.
 */
export function readAccountDetails(root: JsonObject): FoundPolicies | undefined {
  if (!LISTS.some((list) => Array.isArray(root[list]))) return undefined;
  const collector = new PolicyCollector();
  for (const role of entries(root.RoleDetailList)) {
    const name = text(role.RoleName, 'Role');
    collector.add('trust', name, role.AssumeRolePolicyDocument, `${name}.AssumeRolePolicyDocument`);
    addInline(collector, name, role.RolePolicyList, `${name}.RolePolicyList`);
  }
  for (const user of entries(root.UserDetailList)) {
    const name = text(user.UserName, 'User');
    addInline(collector, name, user.UserPolicyList, `${name}.UserPolicyList`);
  }
  for (const group of entries(root.GroupDetailList)) {
    const name = text(group.GroupName, 'Group');
    addInline(collector, name, group.GroupPolicyList, `${name}.GroupPolicyList`);
  }
  entries(root.Policies).forEach((policy, index) => addManaged(collector, policy, index));
  if (root.IsTruncated === true) {
    collector.notes.push(
      'The output is truncated (IsTruncated): it holds only part of the account',
    );
  }
  return collector.found('an AWS CLI output (aws iam get-account-authorization-details)');
}
