/** Reading fields of untrusted JSON without trusting its shape. */

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function objectAt(value: unknown, key: string): JsonObject | undefined {
  if (!isObject(value)) return undefined;
  const field = value[key];
  return isObject(field) ? field : undefined;
}

/** A non-empty string field. */
export function stringAt(value: unknown, key: string): string | undefined {
  if (!isObject(value)) return undefined;
  const field = value[key];
  return typeof field === 'string' && field !== '' ? field : undefined;
}

/** CloudTrail writes booleans of sessionContext.attributes as the strings "true" and "false". */
export function booleanAt(value: unknown, key: string): boolean | undefined {
  if (!isObject(value)) return undefined;
  const field = value[key];
  if (field === true || field === 'true') return true;
  if (field === false || field === 'false') return false;
  return undefined;
}

/** `{"k": "v"}` as a map of its string values; undefined when there are none. */
export function stringMap(value: unknown): Record<string, string> | undefined {
  if (!isObject(value)) return undefined;
  const entries = Object.entries(value).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string',
  );
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** `[{"key": "k", "value": "v"}]` (STS Tag lists as CloudTrail records them) as a map. */
export function tagListMap(value: unknown): Record<string, string> | undefined {
  if (!Array.isArray(value)) return undefined;
  const entries: [string, string][] = [];
  for (const tag of value) {
    const key = stringAt(tag, 'key') ?? stringAt(tag, 'Key');
    const tagValue = isObject(tag) ? (tag.value ?? tag.Value) : undefined;
    if (key !== undefined && typeof tagValue === 'string') entries.push([key, tagValue]);
  }
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

const ARN = /^arn:([^:]+):([^:]*):([^:]*):(\d{12})?:(.+)$/;

export interface ArnParts {
  partition: string;
  service: string;
  account: string;
  resource: string;
}

export function arnParts(arn: string): ArnParts | undefined {
  const match = ARN.exec(arn);
  if (!match) return undefined;
  return {
    partition: match[1] ?? 'aws',
    service: match[2] ?? '',
    account: match[4] ?? '',
    resource: match[5] ?? '',
  };
}
