import generated from './regions.generated.json';

/** regions.generated.json, written by scripts/build-regions.ts from the AWS SDK's partitions data. */
export interface RegionsFile {
  /** The package and version the list was read from. */
  sdk: string;
  /** Partition ID (aws, aws-cn, aws-us-gov, ...) → the names of its Regions. */
  partitions: Record<string, string[]>;
}

const file: RegionsFile = generated;

/** Every known Region name, of every partition. */
export const KNOWN_REGIONS: readonly string[] = Object.values(file.partitions).flat();

const ALL = new Set(KNOWN_REGIONS);

/** The SDK release the Region list comes from, for messages. */
export const REGIONS_SOURCE = file.sdk;

/** Whether a Region of this name is known in any partition. */
export function isKnownRegion(name: string): boolean {
  return ALL.has(name);
}
