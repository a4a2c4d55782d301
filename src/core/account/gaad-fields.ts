import { documentText } from '../import/found.ts';
import { isObject, type JsonObject } from '../scenario/detect.ts';
import { pathText, type JsonPath } from './json-pages.ts';
import type { InlinePolicy, Tags } from './model.ts';

/** Reports a problem of the value at `path` in the page being read. */
export type ReportAt = (message: string, path: JsonPath) => void;

/**
 * The fields GetAccountAuthorizationDetails documents for each element (IAM API Reference:
 * GetAccountAuthorizationDetails, UserDetail, GroupDetail, RoleDetail, ManagedPolicyDetail).
 * RoleDetail has no MaxSessionDuration or Description, but the Role inside an instance profile
 * does, and some outputs carry them on the role too.
 */
export const KNOWN_FIELDS = {
  page: [
    'UserDetailList',
    'GroupDetailList',
    'RoleDetailList',
    'Policies',
    'IsTruncated',
    'Marker',
    'NextToken',
  ],
  user: [
    'Path',
    'UserName',
    'UserId',
    'Arn',
    'CreateDate',
    'UserPolicyList',
    'GroupList',
    'AttachedManagedPolicies',
    'PermissionsBoundary',
    'Tags',
  ],
  group: [
    'Path',
    'GroupName',
    'GroupId',
    'Arn',
    'CreateDate',
    'GroupPolicyList',
    'AttachedManagedPolicies',
  ],
  role: [
    'Path',
    'RoleName',
    'RoleId',
    'Arn',
    'CreateDate',
    'AssumeRolePolicyDocument',
    'InstanceProfileList',
    'RolePolicyList',
    'AttachedManagedPolicies',
    'PermissionsBoundary',
    'Tags',
    'RoleLastUsed',
    'MaxSessionDuration',
    'Description',
  ],
  policy: [
    'PolicyName',
    'PolicyId',
    'Arn',
    'Path',
    'DefaultVersionId',
    'AttachmentCount',
    'PermissionsBoundaryUsageCount',
    'IsAttachable',
    'Description',
    'CreateDate',
    'UpdateDate',
    'PolicyVersionList',
  ],
  inline: ['PolicyName', 'PolicyDocument'],
  attached: ['PolicyName', 'PolicyArn'],
  tag: ['Key', 'Value'],
  boundary: ['PermissionsBoundaryType', 'PermissionsBoundaryArn'],
  version: ['Document', 'VersionId', 'IsDefaultVersion', 'CreateDate'],
  instanceProfile: [
    'Path',
    'InstanceProfileName',
    'InstanceProfileId',
    'Arn',
    'CreateDate',
    'Roles',
    'Tags',
  ],
  lastUsed: ['LastUsedDate', 'Region'],
} as const;

export function checkFields(
  object: JsonObject,
  known: readonly string[],
  path: JsonPath,
  report: ReportAt,
): void {
  for (const key of Object.keys(object)) {
    if (!known.includes(key)) {
      report(`unknown field "${key}", ignored (expected one of ${known.join(', ')})`, [
        ...path,
        key,
      ]);
    }
  }
}

export function text(object: JsonObject, key: string): string | undefined {
  const value = object[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The objects of a list field, each with its path. A single object where a list belongs is read
 * as a list of one: AWS's own example output prints a group's AttachedManagedPolicies that way.
 */
export function objects(
  object: JsonObject,
  key: string,
  path: JsonPath,
  report: ReportAt,
): { value: JsonObject; path: JsonPath }[] {
  const value = object[key];
  if (value === undefined || value === null) return [];
  if (isObject(value)) return [{ value, path: [...path, key] }];
  if (!Array.isArray(value)) {
    report(`${key} must be a list, not ${typeof value}: ignored`, [...path, key]);
    return [];
  }
  const found: { value: JsonObject; path: JsonPath }[] = [];
  value.forEach((item, index) => {
    if (isObject(item)) found.push({ value: item, path: [...path, key, index] });
    else report(`${key}[${index}] must be an object: ignored`, [...path, key, index]);
  });
  return found;
}

/** A policy document as the CLI (an object) or the API (URL-encoded text) gives it. */
export function documentAt(value: unknown, path: JsonPath, report: ReportAt): string | undefined {
  const read = documentText(value, pathText(path));
  if ('text' in read) return read.text;
  report(read.problem, path);
  return undefined;
}

/** [{PolicyName, PolicyDocument}]: the inline policies of a user, group or role. */
export function inlinePolicies(
  object: JsonObject,
  key: string,
  path: JsonPath,
  report: ReportAt,
): InlinePolicy[] {
  const policies: InlinePolicy[] = [];
  for (const entry of objects(object, key, path, report)) {
    checkFields(entry.value, KNOWN_FIELDS.inline, entry.path, report);
    const name = text(entry.value, 'PolicyName');
    const document = documentAt(
      entry.value.PolicyDocument,
      [...entry.path, 'PolicyDocument'],
      report,
    );
    if (name === undefined) report('PolicyName is missing: the policy was left out', entry.path);
    else if (document !== undefined) policies.push({ name, document });
  }
  return policies;
}

/** [{PolicyName, PolicyArn}]: the managed policies attached to a user, group or role. */
export function attachedArns(object: JsonObject, path: JsonPath, report: ReportAt): string[] {
  const arns: string[] = [];
  for (const entry of objects(object, 'AttachedManagedPolicies', path, report)) {
    checkFields(entry.value, KNOWN_FIELDS.attached, entry.path, report);
    const arn = text(entry.value, 'PolicyArn');
    if (arn === undefined) report('PolicyArn is missing: the attachment was left out', entry.path);
    else arns.push(arn);
  }
  return arns;
}

/** {PermissionsBoundaryType, PermissionsBoundaryArn} */
export function boundaryArn(
  object: JsonObject,
  path: JsonPath,
  report: ReportAt,
): string | undefined {
  const boundary = object.PermissionsBoundary;
  if (!isObject(boundary)) return undefined;
  checkFields(boundary, KNOWN_FIELDS.boundary, [...path, 'PermissionsBoundary'], report);
  return text(boundary, 'PermissionsBoundaryArn');
}

/** [{Key, Value}] */
export function tags(object: JsonObject, path: JsonPath, report: ReportAt): Tags {
  // Without a prototype, a tag key such as "__proto__" or "constructor" is a key like any other.
  const result = Object.create(null) as Tags;
  for (const entry of objects(object, 'Tags', path, report)) {
    checkFields(entry.value, KNOWN_FIELDS.tag, entry.path, report);
    const key = text(entry.value, 'Key');
    const value = entry.value.Value;
    if (key === undefined || typeof value !== 'string') {
      report('a tag needs a Key and a string Value: ignored', entry.path);
    } else result[key] = value;
  }
  return result;
}
