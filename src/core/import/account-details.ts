import { isAccountDetails } from '../account/gaad.ts';
import { defaultVersion, readGroup, readRole, readUser } from '../account/gaad-entities.ts';
import { objects, text, type ReportAt } from '../account/gaad-fields.ts';
import { pathText } from '../account/json-pages.ts';
import type { InlinePolicy } from '../account/model.ts';
import type { JsonObject } from '../scenario/detect.ts';
import type { FoundPolicies, FoundPolicy } from './found.ts';

const inlineOf = (owner: string, policies: InlinePolicy[]): FoundPolicy[] =>
  policies.map(({ name, document }) => ({ type: 'identity', name: `${owner}/${name}`, document }));

/**
 * `aws iam get-account-authorization-details`
 * (https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html),
 * read by the account reader's element readers: each role's trust policy, the inline policies of
 * users, groups and roles, and the default version of each managed policy.
 */
export function readAccountDetails(root: JsonObject): FoundPolicies | undefined {
  if (!isAccountDetails(root)) return undefined;
  const policies: FoundPolicy[] = [];
  const notes: string[] = [];
  const report: ReportAt = (message, path) =>
    notes.push(
      path.length > 0 && !message.includes(pathText(path))
        ? `${message} (${pathText(path)})`
        : message,
    );
  for (const { value, path } of objects(root, 'RoleDetailList', [], report)) {
    const role = readRole(value, path, report);
    if (!role) continue;
    policies.push({ type: 'trust', name: role.name, document: role.trust });
    policies.push(...inlineOf(role.name, role.inline));
  }
  for (const { value, path } of objects(root, 'UserDetailList', [], report)) {
    const user = readUser(value, path, report);
    if (user) policies.push(...inlineOf(user.name, user.inline));
  }
  for (const { value, path } of objects(root, 'GroupDetailList', [], report)) {
    const group = readGroup(value, path, report);
    if (group) policies.push(...inlineOf(group.name, group.inline));
  }
  objects(root, 'Policies', [], report).forEach(({ value, path }, index) => {
    const name = text(value, 'PolicyName') ?? `Policy ${index + 1}`;
    // Its notes name the policy, or the path of a document that cannot be read.
    const version = defaultVersion(value, name, path, (message) => notes.push(message));
    if (version) policies.push({ type: 'identity', name, document: version.document });
  });
  if (root.IsTruncated === true) {
    notes.push('The output is truncated (IsTruncated): it holds only part of the account');
  }
  return {
    source: 'an AWS CLI output (aws iam get-account-authorization-details)',
    policies,
    notes,
  };
}
