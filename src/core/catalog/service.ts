import type { AccessLevelCode, ServiceFile } from './format.ts';
import type {
  AccessLevel,
  ActionInfo,
  ConditionKeyInfo,
  ResourceTypeInfo,
  ServiceSummary,
} from './model.ts';
import { didYouMean } from './suggest.ts';
import { compileTemplate, type TemplateMatcher } from './template.ts';
import { matchesWildcard } from './wildcard.ts';

const ACCESS_LEVEL_OF: Record<AccessLevelCode, AccessLevel> = {
  L: 'List',
  R: 'Read',
  W: 'Write',
  P: 'Permissions management',
  T: 'Tagging',
};

function pick<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`Catalog data refers to missing entry ${index}`);
  return item;
}

/** One service's actions, resource types and condition keys, with lookups. */
export class ServiceCatalog {
  readonly prefix: string;
  readonly name: string;
  readonly actions: readonly ActionInfo[];
  readonly resourceTypes: readonly ResourceTypeInfo[];
  readonly conditionKeys: readonly ConditionKeyInfo[];
  private readonly actionsByName: Map<string, ActionInfo>;
  private readonly arnMatchers: [ResourceTypeInfo, TemplateMatcher][];
  private readonly keyMatchers: [ConditionKeyInfo, TemplateMatcher][];

  constructor(summary: ServiceSummary, file: ServiceFile) {
    this.prefix = summary.prefix;
    this.name = summary.name;
    const keys = file.k.map(([key, type]): ConditionKeyInfo => ({ key, type }));
    const keysAt = (indexes: number[]) => indexes.map((i) => pick(keys, i));
    const types = file.r.map(([name, arnFormat, k]): ResourceTypeInfo => ({
      name,
      arnFormat,
      conditionKeys: keysAt(k),
    }));
    this.conditionKeys = keys;
    this.resourceTypes = types;
    this.actions = file.a.map(([name, level, description, resources, k, deprecated]) => ({
      service: summary.prefix,
      name,
      accessLevel: ACCESS_LEVEL_OF[level],
      description,
      deprecated: deprecated === 1,
      resourceTypes: resources.map(([t, required, rk]) => ({
        resourceType: pick(types, t),
        required: required === 1,
        conditionKeys: keysAt(rk),
      })),
      conditionKeys: keysAt(k),
    }));
    this.actionsByName = new Map(this.actions.map((a) => [a.name.toLowerCase(), a]));
    this.arnMatchers = types.map((t) => [t, compileTemplate(t.arnFormat)]);
    this.keyMatchers = keys.map((k) => [k, compileTemplate(k.key, true)]);
  }

  /** The action named `name` (without the prefix), matched case-insensitively like IAM does. */
  action(name: string): ActionInfo | undefined {
    return this.actionsByName.get(name.toLowerCase());
  }

  /** Actions whose names match `pattern` (without the prefix; `*` and `?` allowed). */
  matchActions(pattern: string): ActionInfo[] {
    return this.actions.filter((a) => matchesWildcard(pattern, a.name));
  }

  actionsWithAccessLevel(level: AccessLevel): ActionInfo[] {
    return this.actions.filter((a) => a.accessLevel === level);
  }

  suggestAction(name: string): string | undefined {
    return didYouMean(
      name,
      this.actions.map((a) => a.name),
    );
  }

  resourceType(name: string): ResourceTypeInfo | undefined {
    const lower = name.toLowerCase();
    return this.resourceTypes.find((t) => t.name.toLowerCase() === lower);
  }

  /**
   * The resource types whose ARN format `arn` fits. When several fit, only the most specific
   * are kept: `arn:aws:s3:::b/k` is an object, not a bucket whose name holds a slash.
   */
  resourceTypesForArn(arn: string): { resourceType: ResourceTypeInfo; specificity: number }[] {
    const fitting = this.arnMatchers
      .filter(([, m]) => m.matches(arn))
      .map(([resourceType, m]) => ({ resourceType, specificity: m.specificity }));
    const best = Math.max(...fitting.map((f) => f.specificity));
    return fitting.filter((f) => f.specificity === best);
  }

  /** The service's key that `key` names, templates included (`s3:ExistingObjectTag/Team`). */
  conditionKey(key: string): ConditionKeyInfo | undefined {
    const lower = key.toLowerCase();
    const exact = this.conditionKeys.find((k) => k.key.toLowerCase() === lower);
    return exact ?? this.keyMatchers.find(([, m]) => m.matches(key))?.[0];
  }

  /** Actions for which `key` (a key or template as the data writes it) applies. */
  actionsSupportingKey(key: ConditionKeyInfo): ActionInfo[] {
    return this.actions.filter((a) => actionConditionKeys(a).includes(key));
  }
}

/**
 * Every service-specific key that can apply to a request for `action`: the action's own keys,
 * plus for each resource type (or only `resourceTypeName`) the keys of the action's row and of
 * the resource type ("Service Authorization Reference": actions and resource types tables).
 */
export function actionConditionKeys(
  action: ActionInfo,
  resourceTypeName?: string,
): ConditionKeyInfo[] {
  const keys = new Set(action.conditionKeys);
  const wanted = resourceTypeName?.toLowerCase();
  for (const row of action.resourceTypes) {
    if (wanted !== undefined && row.resourceType.name.toLowerCase() !== wanted) continue;
    row.conditionKeys.forEach((k) => keys.add(k));
    row.resourceType.conditionKeys.forEach((k) => keys.add(k));
  }
  return [...keys];
}
