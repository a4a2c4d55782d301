import { isObject, type JsonObject } from '../scenario/detect.ts';
import { definedFields } from '../object/defined-fields.ts';
import {
  attachedArns,
  boundaryArn,
  checkFields,
  documentAt,
  inlinePolicies,
  KNOWN_FIELDS,
  objects,
  tags,
  text,
  type ReportAt,
} from './gaad-fields.ts';
import type { JsonPath } from './json-pages.ts';
import {
  isAwsManagedPolicyArn,
  type AccountGroup,
  type AccountRole,
  type AccountUser,
  type ManagedPolicy,
  type PolicyVersion,
  type RoleLastUsed,
} from './model.ts';

/** The name and ARN every identity and policy needs; undefined, reported, when one is missing. */
function named(
  object: JsonObject,
  nameKey: string,
  path: JsonPath,
  report: ReportAt,
  entry = 'entry',
): { name: string; arn: string; path: string } | undefined {
  const name = text(object, nameKey);
  const arn = text(object, 'Arn');
  if (name === undefined || arn === undefined) {
    report(`${name === undefined ? nameKey : 'Arn'} is missing: the ${entry} was left out`, path);
    return undefined;
  }
  return { name, arn, path: text(object, 'Path') ?? '/' };
}

/** Reads one entry of a detail list of get-account-authorization-details. */
type DetailReader<T> = (object: JsonObject, path: JsonPath, report: ReportAt) => T | undefined;

const NAME_KEYS = { user: 'UserName', group: 'GroupName', role: 'RoleName' } as const;

/** The fields an identity's entry shares with the others, its unknown fields reported. */
function identityOf(
  object: JsonObject,
  kind: keyof typeof NAME_KEYS,
  path: JsonPath,
  report: ReportAt,
) {
  checkFields(object, KNOWN_FIELDS[kind], path, report);
  return named(object, NAME_KEYS[kind], path, report);
}

/** UserDetail */
export const readUser: DetailReader<AccountUser> = (object, path, report) => {
  const identity = identityOf(object, 'user', path, report);
  if (!identity) return undefined;
  const groups = Array.isArray(object.GroupList)
    ? object.GroupList.filter((group): group is string => typeof group === 'string')
    : [];
  return {
    ...identity,
    groups,
    attached: attachedArns(object, path, report),
    inline: inlinePolicies(object, 'UserPolicyList', path, report),
    tags: tags(object, path, report),
    ...definedFields({ id: text(object, 'UserId'), boundary: boundaryArn(object, path, report) }),
  };
};

/** GroupDetail */
export const readGroup: DetailReader<AccountGroup> = (object, path, report) => {
  const identity = identityOf(object, 'group', path, report);
  if (!identity) return undefined;
  return {
    ...identity,
    attached: attachedArns(object, path, report),
    inline: inlinePolicies(object, 'GroupPolicyList', path, report),
    ...definedFields({ id: text(object, 'GroupId') }),
  };
};

function lastUsed(object: JsonObject, path: JsonPath, report: ReportAt): RoleLastUsed | undefined {
  const used = object.RoleLastUsed;
  if (!isObject(used)) return undefined;
  checkFields(used, KNOWN_FIELDS.lastUsed, [...path, 'RoleLastUsed'], report);
  return definedFields({ lastUsedDate: text(used, 'LastUsedDate'), region: text(used, 'Region') });
}

/**
 * RoleDetail has no MaxSessionDuration; the Role objects of its instance profiles (the Role data
 * type) do, so the role's own value is taken first, then theirs.
 */
function maxSessionDuration(
  object: JsonObject,
  arn: string,
  profiles: { value: JsonObject }[],
): number | undefined {
  const copies = profiles.flatMap(({ value }) =>
    Array.isArray(value.Roles) ? value.Roles.filter(isObject) : [],
  );
  const found = [object, ...copies.filter((role) => role.Arn === arn)]
    .map((role) => role.MaxSessionDuration)
    .find((value) => typeof value === 'number');
  return found as number | undefined;
}

/** RoleDetail */
export const readRole: DetailReader<AccountRole> = (object, path, report) => {
  const identity = identityOf(object, 'role', path, report);
  if (!identity) return undefined;
  const trustPath = [...path, 'AssumeRolePolicyDocument'];
  const trust =
    object.AssumeRolePolicyDocument === undefined
      ? (report('AssumeRolePolicyDocument is missing: the role was left out', path), undefined)
      : documentAt(object.AssumeRolePolicyDocument, trustPath, report);
  if (trust === undefined) return undefined;
  const profiles = objects(object, 'InstanceProfileList', path, report);
  profiles.forEach((profile) =>
    checkFields(profile.value, KNOWN_FIELDS.instanceProfile, profile.path, report),
  );
  return {
    ...identity,
    trust,
    attached: attachedArns(object, path, report),
    inline: inlinePolicies(object, 'RolePolicyList', path, report),
    tags: tags(object, path, report),
    instanceProfiles: profiles
      .map(({ value }) => text(value, 'Arn'))
      .filter((arn): arn is string => arn !== undefined),
    ...definedFields({
      id: text(object, 'RoleId'),
      boundary: boundaryArn(object, path, report),
      maxSessionDuration: maxSessionDuration(object, identity.arn, profiles),
      lastUsed: lastUsed(object, path, report),
      createDate: text(object, 'CreateDate'),
    }),
  };
};

/**
 * The version of a ManagedPolicyDetail that IAM applies: the one IsDefaultVersion marks, or the
 * one DefaultVersionId names. Undefined, reported, when there is none or its document is not read.
 */
export function defaultVersion(
  object: JsonObject,
  name: string,
  path: JsonPath,
  report: ReportAt,
): { versionId?: string; document: string } | undefined {
  const versions = objects(object, 'PolicyVersionList', path, report);
  const defaultVersionId = text(object, 'DefaultVersionId');
  const current =
    versions.find(({ value }) => value.IsDefaultVersion === true) ??
    versions.find(({ value }) => value.VersionId === defaultVersionId);
  if (!current) {
    report(`${name} has no default version in PolicyVersionList, so it was left out`, path);
    return undefined;
  }
  checkFields(current.value, KNOWN_FIELDS.version, current.path, report);
  const document = documentAt(current.value.Document, [...current.path, 'Document'], report);
  if (document === undefined) return undefined;
  return {
    ...definedFields({ versionId: text(current.value, 'VersionId') ?? defaultVersionId }),
    document,
  };
}

/** The versions of PolicyVersionList other than the default one; a version unread is reported. */
function otherVersions(
  object: JsonObject,
  defaultVersionId: string | undefined,
  path: JsonPath,
  report: ReportAt,
): PolicyVersion[] {
  const listed = objects(object, 'PolicyVersionList', path, () => undefined);
  return listed.flatMap(({ value, path: at }) => {
    const versionId = text(value, 'VersionId');
    if (value.IsDefaultVersion === true || versionId === defaultVersionId) return [];
    if (versionId === undefined) {
      report('VersionId is missing: the version was left out', at);
      return [];
    }
    checkFields(value, KNOWN_FIELDS.version, at, report);
    const document = documentAt(value.Document, [...at, 'Document'], report);
    if (document === undefined) return [];
    return [{ versionId, document, ...definedFields({ createDate: text(value, 'CreateDate') }) }];
  });
}

/** ManagedPolicyDetail, at its default version, with its other versions. */
export function readManagedPolicy(
  object: JsonObject,
  path: JsonPath,
  report: ReportAt,
): ManagedPolicy | undefined {
  checkFields(object, KNOWN_FIELDS.policy, path, report);
  const identity = named(object, 'PolicyName', path, report, 'policy');
  if (!identity) return undefined;
  const { name, arn } = identity;
  const version = defaultVersion(object, name, path, report);
  if (!version) return undefined;
  const policy: ManagedPolicy = {
    arn,
    name,
    path: identity.path,
    document: version.document,
    isAwsManaged: isAwsManagedPolicyArn(arn),
    ...definedFields({ defaultVersionId: version.versionId }),
  };
  const others = otherVersions(object, version.versionId, path, report);
  if (others.length > 0) policy.otherVersions = others;
  return policy;
}
