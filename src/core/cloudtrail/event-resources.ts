import type { ActionInfo, ResourceTypeInfo } from '../catalog/model.ts';
import { compileTemplate, templateTokens, type TemplateMatcher } from '../catalog/template.ts';
import type { ActionNeed } from './event-exceptions.ts';
import type { EventFacts } from './event-facts.ts';

export interface NeedResources {
  resources: string[];
  /** Why the resource is `*` when the action takes a resource the record does not name. */
  note?: string;
}

const matchers = new WeakMap<ResourceTypeInfo, TemplateMatcher>();
const formats = new Map<string, ReturnType<typeof templateTokens>>();

/** The resource type's ARN format compiled, once per type. */
export function matcherOf(type: ResourceTypeInfo): TemplateMatcher {
  let matcher = matchers.get(type);
  if (!matcher) {
    matcher = compileTemplate(type.arnFormat);
    matchers.set(type, matcher);
  }
  return matcher;
}

function tokensOf(format: string): ReturnType<typeof templateTokens> {
  let tokens = formats.get(format);
  if (!tokens) {
    tokens = templateTokens(format);
    formats.set(format, tokens);
  }
  return tokens;
}

/** The ARN format with every placeholder filled from `names`, or undefined when one is missing. */
function fillArn(format: string, names: Record<string, string>): string | undefined {
  let arn = '';
  for (const token of tokensOf(format)) {
    if ('literal' in token) arn += token.literal;
    else {
      const value = names[token.variable];
      if (value === undefined) return undefined;
      arn += value;
    }
  }
  return arn;
}

/** The ARNs of the format filled from the facts: one for each value of a placeholder given several. */
function fillArns(format: string, facts: EventFacts): string[] {
  const listed = tokensOf(format).find(
    (token) => 'variable' in token && facts.lists[token.variable] !== undefined,
  );
  const values = listed && 'variable' in listed ? facts.lists[listed.variable]! : [undefined];
  return values.flatMap((value) => {
    const names =
      listed && 'variable' in listed && value !== undefined
        ? { ...facts.names, [listed.variable]: value }
        : facts.names;
    const arn = fillArn(format, names);
    return arn === undefined ? [] : [arn];
  });
}

/** x-amz-copy-source: `bucket/key` or `/bucket/key?versionId=...`, URL-encoded (API_CopyObject.html). */
function copySourceArn(value: string, partition: string): string | undefined {
  const path = value.replace(/^\//, '').split('?')[0]!;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  return decoded.includes('/') ? `arn:${partition}:s3:::${decoded}` : undefined;
}

function specialResource(need: ActionNeed, facts: EventFacts): NeedResources {
  const value = need.parameter !== undefined ? facts.parameters[need.parameter] : undefined;
  if (need.resource === 'copy-source') {
    const source = facts.parameters['x-amz-copy-source'];
    const arn =
      source === undefined ? undefined : copySourceArn(source, facts.names.Partition ?? 'aws');
    return arn
      ? { resources: [arn] }
      : { resources: ['*'], note: `${need.action}: the record gives no x-amz-copy-source` };
  }
  if (value?.startsWith('arn:') && value.includes(':role/')) return { resources: [value] };
  return {
    resources: ['*'],
    note:
      need.parameter === 'iamInstanceProfile'
        ? `${need.action}: the role of instance profile ${value ?? ''} is not in the record`
        : `${need.action}: the record gives no role ARN in ${need.parameter ?? 'its parameters'}`,
  };
}

/**
 * The resources one needed action is asked on: the record's ARNs (resources[], ARNs given whole as
 * parameters) that fit one of the action's resource types in the service reference, else that
 * type's ARN format filled from the parameters, else `*` with why. An action that takes no
 * resource type is asked on `*`.
 */
export function needResources(
  need: ActionNeed,
  action: ActionInfo | undefined,
  recorded: readonly string[],
  facts: EventFacts | undefined,
  excluded: ReadonlySet<string>,
): NeedResources {
  if (need.resource !== undefined)
    return facts
      ? specialResource(need, facts)
      : { resources: ['*'], note: `${need.action}: the record's parameters are not kept` };
  const types = action?.resourceTypes ?? [];
  if (types.length === 0) return { resources: ['*'] };
  const candidates = [...recorded, ...(facts?.arns ?? [])].filter((arn) => !excluded.has(arn));
  for (const { resourceType } of types) {
    const matcher = matcherOf(resourceType);
    const found = candidates.filter((arn) => matcher.matches(arn));
    if (found.length > 0) return { resources: [...new Set(found)] };
  }
  if (facts)
    for (const { resourceType } of types) {
      const arns = fillArns(resourceType.arnFormat, facts);
      if (arns.length > 0) return { resources: arns };
    }
  const named = types.map((t) => t.resourceType.name);
  const names =
    named.length > 3
      ? `${named.slice(0, 3).join(', ')} or ${named.length - 3} other types`
      : named.join(' or ');
  return { resources: ['*'], note: `${need.action}: the record names no ${names}` };
}
