import generated from './event-map.generated.json';

/** event-map.generated.json, written by scripts/build-cloudtrail-map.ts. */
export interface EventMapFile {
  /** The aws-sdk package and version whose API metadata it was built from. */
  sdk: string;
  /** CloudTrail eventSource -> IAM service prefix. */
  sources: Record<string, string>;
  /** IAM service prefix -> the API's operations that have no IAM action of their name. */
  unnamed: Record<string, string[]>;
}

const MAP = generated as EventMapFile;
const UNNAMED = new Map(
  Object.entries(MAP.unnamed).map(([prefix, names]) => [prefix, new Set(names)]),
);

/** The IAM service prefix of a CloudTrail eventSource, from the SDK's endpoint prefixes and signing names. */
export function servicePrefixOf(eventSource: string): string | undefined {
  return Object.hasOwn(MAP.sources, eventSource) ? MAP.sources[eventSource] : undefined;
}

/** Whether the service's API has this operation although IAM has no action of its name. */
export function isUnnamedOperation(prefix: string, eventName: string): boolean {
  return UNNAMED.get(prefix)?.has(eventName) ?? false;
}
