import { getNodeValue, type Node } from 'jsonc-parser';
import {
  describeType,
  properties,
  readEntry,
  readRequired,
  readRequiredString,
  readString,
  type Fields,
  type Report,
} from '../scenario/nodes.ts';
import { ValueNode } from '../scenario/value-nodes.ts';
import {
  isAwsManagedPolicyArn,
  type Account,
  type AccountGroup,
  type AccountRole,
  type AccountUser,
  type InlinePolicy,
  type ManagedPolicy,
  type Tags,
} from './model.ts';

type Kind = 'user' | 'group' | 'role';

function list(node: Node | undefined, name: string, report: Report): Node[] {
  if (!node) return [];
  if (node.type !== 'array') {
    report(`${name} must be an array, not ${describeType(node)}`, node);
    return [];
  }
  return node.children ?? [];
}

function strings(node: Node | undefined, name: string, report: Report): string[] {
  return list(node, name, report).flatMap((item, index) => {
    if (item.type === 'string') return [String(item.value)];
    report(`${name}[${index}] must be a string, not ${describeType(item)}`, item);
    return [];
  });
}

/** A policy as text, or as a JSON object kept as its JSON text indented by two spaces. */
function documentOf(node: Node, name: string, report: Report): string | undefined {
  if (node.type === 'string') return String(node.value);
  if (node.type === 'object') {
    const value: unknown = node instanceof ValueNode ? node.source : getNodeValue(node);
    return JSON.stringify(value, null, 2);
  }
  report(`${name} must be the policy as text or a JSON object, not ${describeType(node)}`, node);
  return undefined;
}

function inline(node: Node | undefined, name: string, report: Report): InlinePolicy[] {
  return list(node, name, report).flatMap((item, index) => {
    const entry = readEntry(item, `${name}[${index}]`, report);
    if (!entry) return [];
    const policyName = readRequiredString(
      entry.fields.get('name'),
      `${name}[${index}].name`,
      item,
      entry.check,
    );
    const document = readRequired(
      documentOf,
      entry.fields.get('document'),
      `${name}[${index}].document`,
      item,
      entry.check,
    );
    return policyName === undefined || document === undefined
      ? []
      : [{ name: policyName, document }];
  });
}

function propertyNames(node: Node): string[] {
  if (node instanceof ValueNode) return Object.keys(node.source as object);
  return (node.children ?? []).flatMap((property) => {
    const key = property.children?.[0];
    return key?.type === 'string' ? [String(key.value)] : [];
  });
}

function tags(node: Node | undefined, name: string, report: Report): Tags {
  // Without a prototype, a tag key such as "__proto__" or "constructor" is a key like any other.
  const result = Object.create(null) as Tags;
  if (!node) return result;
  if (node.type !== 'object') {
    report(`${name} must be an object of tag keys and values, not ${describeType(node)}`, node);
    return result;
  }
  const fields = properties(node);
  for (const key of propertyNames(node)) {
    const value = fields.get(key)!;
    if (value.type === 'string') result[key] = String(value.value);
    else report(`${name}.${key} must be a string, not ${describeType(value)}`, value);
  }
  return result;
}

/** The ARN given, or the one IAM gives the identity: arn:aws:iam::ID:KIND/PATH/NAME. */
function arnOf(
  fields: Fields,
  kind: Kind,
  name: string,
  path: string,
  accountId: string | undefined,
  where: string,
  parent: Node,
  report: Report,
): string | undefined {
  const given = readString(fields.get('arn'), `${where}.arn`, report);
  if (given !== undefined) return given;
  if (accountId !== undefined) return `arn:aws:iam::${accountId}:${kind}${path}${name}`;
  report(`${where}.arn is required when the account has no id`, parent);
  return undefined;
}

interface Common {
  name: string;
  arn: string;
  path: string;
  id?: string;
  attached: string[];
  inline: InlinePolicy[];
}

function readCommon(
  node: Node,
  kind: Kind,
  where: string,
  accountId: string | undefined,
  report: Report,
): { common: Common; fields: Fields; check: Report; failed(): boolean } | undefined {
  const entry = readEntry(node, where, report);
  if (!entry) return undefined;
  const { fields, check } = entry;
  const name = readRequiredString(fields.get('name'), `${where}.name`, node, check);
  const path = readString(fields.get('path'), `${where}.path`, check) ?? '/';
  const arn =
    name === undefined ? undefined : arnOf(fields, kind, name, path, accountId, where, node, check);
  const id = readString(fields.get('id'), `${where}.id`, check);
  const attached = strings(fields.get('attached'), `${where}.attached`, check);
  const policies = inline(fields.get('inline'), `${where}.inline`, check);
  if (name === undefined || arn === undefined) return undefined;
  const common: Common = { name, arn, path, attached, inline: policies };
  if (id !== undefined) common.id = id;
  return { common, ...entry };
}

function readUser(
  node: Node,
  index: number,
  accountId: string | undefined,
  report: Report,
): AccountUser | undefined {
  const where = `account.users[${index}]`;
  const read = readCommon(node, 'user', where, accountId, report);
  if (!read) return undefined;
  const user: AccountUser = {
    ...read.common,
    groups: strings(read.fields.get('groups'), `${where}.groups`, read.check),
    tags: tags(read.fields.get('tags'), `${where}.tags`, read.check),
  };
  const boundary = readString(read.fields.get('boundary'), `${where}.boundary`, read.check);
  if (boundary !== undefined) user.boundary = boundary;
  return read.failed() ? undefined : user;
}

function readGroup(
  node: Node,
  index: number,
  accountId: string | undefined,
  report: Report,
): AccountGroup | undefined {
  const where = `account.groups[${index}]`;
  const read = readCommon(node, 'group', where, accountId, report);
  if (!read) return undefined;
  const group: AccountGroup = { ...read.common };
  const groupsNode = read.fields.get('groups');
  if (groupsNode) group.groups = strings(groupsNode, `${where}.groups`, read.check);
  return read.failed() ? undefined : group;
}

function readRole(
  node: Node,
  index: number,
  accountId: string | undefined,
  report: Report,
): AccountRole | undefined {
  const where = `account.roles[${index}]`;
  const read = readCommon(node, 'role', where, accountId, report);
  if (!read) return undefined;
  const { fields, check } = read;
  const trust = readRequired(documentOf, fields.get('trust'), `${where}.trust`, node, check);
  const role: AccountRole = {
    ...read.common,
    trust: trust ?? '',
    tags: tags(fields.get('tags'), `${where}.tags`, check),
    instanceProfiles: strings(fields.get('instanceProfiles'), `${where}.instanceProfiles`, check),
  };
  const boundary = readString(fields.get('boundary'), `${where}.boundary`, check);
  if (boundary !== undefined) role.boundary = boundary;
  const duration = fields.get('maxSessionDuration');
  if (duration) {
    const value: unknown = duration.value;
    // "MaxSessionDuration ... from 1 hour to 12 hours" (IAM API Reference, CreateRole).
    if (typeof value === 'number' && Number.isInteger(value) && value >= 3600 && value <= 43200)
      role.maxSessionDuration = value;
    else
      check(
        `${where}.maxSessionDuration must be a whole number of seconds from 3600 to 43200`,
        duration,
      );
  }
  const created = readString(fields.get('createDate'), `${where}.createDate`, check);
  if (created !== undefined) role.createDate = created;
  const lastUsedNode = fields.get('lastUsed');
  if (lastUsedNode) {
    const entry = readEntry(lastUsedNode, `${where}.lastUsed`, check);
    const date =
      entry &&
      readString(entry.fields.get('lastUsedDate'), `${where}.lastUsed.lastUsedDate`, check);
    const region =
      entry && readString(entry.fields.get('region'), `${where}.lastUsed.region`, check);
    role.lastUsed = { ...(date ? { lastUsedDate: date } : {}), ...(region ? { region } : {}) };
  }
  return read.failed() || trust === undefined ? undefined : role;
}

function readManagedPolicy(node: Node, index: number, report: Report): ManagedPolicy | undefined {
  const where = `account.policies[${index}]`;
  const entry = readEntry(node, where, report);
  if (!entry) return undefined;
  const { fields, check } = entry;
  const arn = readRequiredString(fields.get('arn'), `${where}.arn`, node, check);
  const name =
    readString(fields.get('name'), `${where}.name`, check) ?? arn?.slice(arn.lastIndexOf('/') + 1);
  const path = readString(fields.get('path'), `${where}.path`, check) ?? '/';
  const version = readString(fields.get('defaultVersionId'), `${where}.defaultVersionId`, check);
  const document = readRequired(
    documentOf,
    fields.get('document'),
    `${where}.document`,
    node,
    check,
  );
  if (entry.failed() || arn === undefined || name === undefined || document === undefined)
    return undefined;
  const policy: ManagedPolicy = {
    arn,
    name,
    path,
    document,
    isAwsManaged: isAwsManagedPolicyArn(arn),
  };
  if (version !== undefined) policy.defaultVersionId = version;
  return policy;
}

/** The scenario's optional `account`: see "Account (optional)" in docs/scenario-format.md. */
export function readAccount(node: Node | undefined, report: Report): Account | undefined {
  if (!node) return undefined;
  if (node.type !== 'object') {
    report(`account must be an object, not ${describeType(node)}`, node);
    return undefined;
  }
  const fields = properties(node);
  const idNode = fields.get('id');
  const id = readString(idNode, 'account.id', report);
  if (id !== undefined && idNode && !/^\d{12}$/.test(id))
    report('account.id must be 12 digits', idNode);
  const accountId = id !== undefined && /^\d{12}$/.test(id) ? id : undefined;
  const pick = <T>(name: string, read: (item: Node, index: number) => T | undefined): T[] =>
    list(fields.get(name), `account.${name}`, report).flatMap(
      (item, index) => read(item, index) ?? [],
    );
  const account: Account = {
    users: pick('users', (item, index) => readUser(item, index, accountId, report)),
    groups: pick('groups', (item, index) => readGroup(item, index, accountId, report)),
    roles: pick('roles', (item, index) => readRole(item, index, accountId, report)),
    policies: pick('policies', (item, index) => readManagedPolicy(item, index, report)),
  };
  if (accountId !== undefined) account.id = accountId;
  return account;
}
