import {
  type ActionInfo,
  type Catalog,
  type ConditionKeyInfo,
  type ServiceCatalog,
  splitAction,
  templateTokens,
} from '../../../core/index.ts';
import type { ContextValueType } from './context-entries.ts';

/** A datalist stays usable with a few hundred options; ec2 alone has over 700 actions. */
const MAX_OPTIONS = 300;

/**
 * What to offer while the Action field holds `typed`: service prefixes (`s3:`) before a colon,
 * then the service's actions whose name starts with what follows it.
 */
export function actionOptions(
  catalog: Catalog,
  service: ServiceCatalog | undefined,
  typed: string,
): string[] {
  const parts = splitAction(typed.trim());
  if (!parts || !service) {
    const start = typed.trim().toLowerCase();
    return catalog.services
      .filter((s) => s.prefix.startsWith(start))
      .slice(0, MAX_OPTIONS)
      .map((s) => `${s.prefix}:`);
  }
  const start = parts.action.toLowerCase();
  return service.actions
    .filter((a) => a.name.toLowerCase().startsWith(start))
    .slice(0, MAX_OPTIONS)
    .map((a) => `${service.prefix}:${a.name}`);
}

// Example values for the fields every ARN has; a request needs a concrete ARN, not a pattern.
const EXAMPLE_FIELDS: Record<string, string> = {
  Partition: 'aws',
  Region: 'us-east-1',
  Account: '123456789012',
};

/** `arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}` -> `arn:aws:iam::123456789012:role/RoleNameWithPath`. */
export function exampleArn(arnFormat: string): string {
  return templateTokens(arnFormat)
    .map((t) => ('literal' in t ? t.literal : (EXAMPLE_FIELDS[t.variable] ?? t.variable)))
    .join('');
}

/** One example ARN per resource type the action accepts. */
export function resourceOptions(action: ActionInfo | undefined): string[] {
  return [...new Set(action?.resourceTypes.map((r) => exampleArn(r.resourceType.arnFormat)))];
}

/**
 * The keys a request for `action` on `resource` can carry: the service keys of the resource type
 * the ARN is (all of the action's when it fits none) and the global keys.
 */
export function contextKeyOptions(
  catalog: Catalog,
  service: ServiceCatalog | undefined,
  action: ActionInfo | undefined,
  resource: string,
): ConditionKeyInfo[] {
  if (!action || !service) return [...catalog.globalConditionKeys];
  const accepted = new Set(action.resourceTypes.map((r) => r.resourceType.name));
  const type = service
    .resourceTypesForArn(resource)
    .find((match) => accepted.has(match.resourceType.name));
  return catalog.conditionKeysForRequest(action, type?.resourceType.name);
}

/** How the context editor edits a value of the catalog's key type. */
export function contextTypeOf(keyType: string): ContextValueType {
  if (keyType.startsWith('ArrayOf')) return 'list';
  switch (keyType) {
    case 'Bool':
      return 'bool';
    case 'Numeric':
      return 'number';
    case 'Date':
      return 'date';
    case 'IPAddress':
      return 'ip';
    default:
      return 'string';
  }
}
