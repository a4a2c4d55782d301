import type { AccessLevel, CatalogService, LintCatalog } from './catalog-port.ts';

/** A tiny hand-written service reference for rule tests (names and shapes as AWS documents them). */

type ActionRow = [name: string, level: AccessLevel, resourceTypes: string[], keys?: string[]];

interface ServiceRows {
  actions: ActionRow[];
  resourceTypes: [name: string, arn: string][];
  keys: [name: string, type: string][];
}

const SERVICES: Record<string, ServiceRows> = {
  s3: {
    actions: [
      ['GetObject', 'Read', ['object'], ['s3:ExistingObjectTag/<key>']],
      ['PutObject', 'Write', ['object'], ['s3:x-amz-acl', 's3:RequestObjectTag/<key>']],
      ['DeleteObject', 'Write', ['object']],
      ['ListBucket', 'List', ['bucket'], ['s3:prefix', 's3:max-keys']],
      ['ListAllMyBuckets', 'List', []],
      ['PutBucketPolicy', 'Permissions management', ['bucket']],
    ],
    resourceTypes: [
      ['bucket', 'arn:${Partition}:s3:::${BucketName}'],
      ['object', 'arn:${Partition}:s3:::${BucketName}/${ObjectName}'],
    ],
    keys: [
      ['s3:prefix', 'String'],
      ['s3:max-keys', 'Numeric'],
      ['s3:x-amz-acl', 'String'],
      ['s3:ExistingObjectTag/<key>', 'String'],
      ['s3:RequestObjectTag/<key>', 'String'],
    ],
  },
  iam: {
    actions: [
      ['PassRole', 'Write', ['role'], ['iam:PassedToService']],
      ['GetRole', 'Read', ['role']],
      ['CreatePolicyVersion', 'Permissions management', ['policy']],
      ['AttachUserPolicy', 'Permissions management', ['user'], ['iam:PolicyARN']],
      ['CreateAccessKey', 'Write', ['user']],
      ['ListRoles', 'List', []],
    ],
    resourceTypes: [
      ['role', 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}'],
      ['user', 'arn:${Partition}:iam::${Account}:user/${UserNameWithPath}'],
      ['policy', 'arn:${Partition}:iam::${Account}:policy/${PolicyNameWithPath}'],
    ],
    keys: [
      ['iam:PassedToService', 'String'],
      ['iam:PolicyARN', 'ARN'],
    ],
  },
  ec2: {
    actions: [
      ['RunInstances', 'Write', ['instance'], ['aws:RequestTag/${TagKey}', 'aws:TagKeys']],
      ['DescribeInstances', 'List', []],
      ['TerminateInstances', 'Write', ['instance'], ['aws:ResourceTag/${TagKey}']],
    ],
    resourceTypes: [
      ['instance', 'arn:${Partition}:ec2:${Region}:${Account}:instance/${InstanceId}'],
    ],
    keys: [],
  },
  lambda: {
    actions: [
      ['CreateFunction', 'Write', ['function']],
      ['InvokeFunction', 'Write', ['function']],
    ],
    resourceTypes: [
      ['function', 'arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}'],
    ],
    keys: [],
  },
  sts: {
    actions: [
      ['AssumeRole', 'Write', ['role']],
      ['AssumeRoleWithWebIdentity', 'Write', ['role']],
    ],
    resourceTypes: [['role', 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}']],
    keys: [],
  },
};

const GLOBAL_KEYS: [string, string][] = [
  ['aws:SourceIp', 'IPAddress'],
  ['aws:SecureTransport', 'Bool'],
  ['aws:CurrentTime', 'Date'],
  ['aws:PrincipalArn', 'ARN'],
  ['aws:PrincipalOrgID', 'String'],
  ['aws:SourceAccount', 'String'],
  ['aws:SourceArn', 'ARN'],
  ['aws:username', 'String'],
  ['aws:MultiFactorAuthAge', 'Numeric'],
  ['aws:RequestTag/${TagKey}', 'String'],
  ['aws:ResourceTag/${TagKey}', 'String'],
  ['aws:PrincipalTag/${TagKey}', 'String'],
  ['aws:TagKeys', 'ArrayOfString'],
];

function toService(prefix: string, rows: ServiceRows): CatalogService {
  return {
    prefix,
    actions: rows.actions.map(([name, accessLevel, resourceTypes, keys = []]) => ({
      name,
      accessLevel,
      resourceTypes,
      conditionKeys: keys,
    })),
    resourceTypes: rows.resourceTypes.map(([name, arnFormat]) => ({ name, arnFormat })),
    conditionKeys: rows.keys.map(([name, type]) => ({ name, type })),
  };
}

const LOADED = new Map(
  Object.entries(SERVICES).map(([prefix, rows]) => [prefix, toService(prefix, rows)]),
);

/** Services named in `unloaded` are known but not loaded yet, as while the app fetches them. */
export function testCatalog(unloaded: readonly string[] = []): LintCatalog {
  return {
    date: '2026-09-26',
    servicePrefixes: () => [...LOADED.keys()],
    hasService: (prefix) => LOADED.has(prefix.toLowerCase()),
    service: (prefix) =>
      unloaded.includes(prefix.toLowerCase()) ? undefined : LOADED.get(prefix.toLowerCase()),
    globalConditionKeys: () => GLOBAL_KEYS.map(([name, type]) => ({ name, type })),
  };
}
