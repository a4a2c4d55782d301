import type { ActionInfo, ResourceTypeInfo } from '../catalog/model.ts';
import type { ServiceCatalog } from '../catalog/service.ts';
import { templateTokens } from '../catalog/template.ts';
import { matcherOf } from './event-resources.ts';
import type { ResourceScope } from './generate-model.ts';

/** arn:partition:service:region:account: the fields before the resource part of an ARN. */
const HEAD_FIELDS = 5;
const SEGMENT_END = new Set([':', '/']);

type Token = ReturnType<typeof templateTokens>[number];

function splitArn(arn: string): { head: string; resource: string } | undefined {
  const fields = arn.split(':');
  if (fields[0] !== 'arn' || fields.length <= HEAD_FIELDS) return undefined;
  return {
    head: fields.slice(0, HEAD_FIELDS).join(':'),
    resource: fields.slice(HEAD_FIELDS).join(':'),
  };
}

/**
 * The value each placeholder of `tokens` takes in `text`, as compileTemplate matches: a
 * placeholder spans one field or path segment, the last one the rest of the text.
 */
function bind(tokens: readonly Token[], text: string, at = 0): string[] | undefined {
  const [token, ...rest] = tokens;
  if (token === undefined) return at === text.length ? [] : undefined;
  if ('literal' in token)
    return text.startsWith(token.literal, at)
      ? bind(rest, text, at + token.literal.length)
      : undefined;
  if (rest.length === 0) return at < text.length ? [text.slice(at)] : undefined;
  for (let end = at + 1; end <= text.length && !SEGMENT_END.has(text[end - 1] ?? ''); end += 1) {
    const bound = bind(rest, text, end);
    if (bound) return [text.slice(at, end), ...bound];
  }
  return undefined;
}

/** The resource type of `action` (or, failing that, of its service) whose ARN format fits `arn`. */
function resourceTypeOf(
  arn: string,
  action: ActionInfo | undefined,
  service: ServiceCatalog | undefined,
): ResourceTypeInfo | undefined {
  const fitting = (action?.resourceTypes ?? [])
    .map((row) => ({
      type: row.resourceType,
      matcher: matcherOf(row.resourceType),
    }))
    .filter(({ matcher }) => matcher.matches(arn))
    .sort((a, b) => b.matcher.specificity - a.matcher.specificity);
  return fitting[0]?.type ?? service?.resourceTypesForArn(arn)[0]?.resourceType;
}

const resourceTokens = new Map<string, Token[] | undefined>();

/** The tokens of the resource part of an ARN format, read once per format. */
function resourceTokensOf(format: string): Token[] | undefined {
  if (!resourceTokens.has(format)) {
    const template = splitArn(format);
    resourceTokens.set(format, template && templateTokens(template.resource));
  }
  return resourceTokens.get(format);
}

/**
 * The resource part of `arn` with placeholders of its type's ARN format widened: `type` widens the
 * last one (the resource's own name or id: `bucket/*` for the objects of a bucket, `function:*`),
 * `account` every one (`*`/`*`); the literal parts of the format stay.
 */
function widenResource(format: string, resource: string, scope: ResourceScope): string | undefined {
  const tokens = resourceTokensOf(format);
  if (!tokens) return undefined;
  const values = bind(tokens, resource);
  if (!values) return undefined;
  const placeholders = values.length;
  let index = 0;
  return tokens
    .map((token) => {
      if ('literal' in token) return token.literal;
      index += 1;
      return scope === 'account' || index === placeholders ? '*' : values[index - 1];
    })
    .join('');
}

/**
 * The ARN a generated statement names for a request on `arn`, widened as `scope` says through the
 * service reference's ARN formats: `exact` the ARN itself; `type` one wildcard per resource type
 * (the resource's own name widened, its parents kept: `arn:aws:s3:::reports/*` for an object of
 * the bucket reports, `arn:aws:lambda:us-east-2:111122223333:function:*`); `account` every resource
 * of the type in the ARN's own partition, region and account (`arn:aws:s3:::*\/*`). The partition,
 * region and account fields are always the ARN's. A request on `*` stays `*`, and an ARN no format
 * fits stays exact.
 */
export function scopeResource(
  arn: string,
  scope: ResourceScope,
  action: ActionInfo | undefined,
  service: ServiceCatalog | undefined,
): string {
  if (scope === 'exact' || arn === '*') return arn;
  const parts = splitArn(arn);
  const type = parts && resourceTypeOf(arn, action, service);
  const widened = type && widenResource(type.arnFormat, parts.resource, scope);
  return widened === undefined ? arn : `${parts!.head}:${widened}`;
}
