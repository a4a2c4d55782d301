// Builds src/core/lint/regions.generated.json: the Regions of each AWS partition, from the
// partitions data (partitionsInfo: each partition's `regions` and `regionRegex`) of the
// `@aws-sdk/core` npm package (Apache-2.0, https://github.com/aws/aws-sdk-js-v3), which the AWS
// SDKs use to resolve endpoints. Entries that are no Region name (aws-global) are left out. Run
// `npx tsx scripts/build-regions.ts` after updating @aws-sdk/core; a unit test
// (src/core/lint/regions.test.ts) fails while the committed file is stale. See
// src/core/lint/REGIONS-NOTICE.md for attribution.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format } from 'prettier';
import type { RegionsFile } from '../src/core/lint/regions.ts';

export const REGIONS_FILE = fileURLToPath(
  new URL('../src/core/lint/regions.generated.json', import.meta.url),
);

/** The module that holds the data; the package's exports do not name it, so it is read by path. */
const PARTITIONS_MODULE = 'dist-es/submodules/client/util-endpoints/lib/aws/partitions.js';

interface PartitionsInfo {
  partitions: { id: string; regionRegex: string; regions: Record<string, unknown> }[];
}

function sdkFolder(): string {
  const require = createRequire(import.meta.url);
  return join(require.resolve('@aws-sdk/core/package.json'), '..');
}

export async function generateRegions(): Promise<string> {
  const folder = sdkFolder();
  const version = (
    JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string }
  ).version;
  const { partitionsInfo } = (await import(
    pathToFileURL(join(folder, PARTITIONS_MODULE)).href
  )) as { partitionsInfo: PartitionsInfo };
  const partitions = Object.fromEntries(
    partitionsInfo.partitions
      .map(({ id, regionRegex, regions }) => {
        const pattern = new RegExp(regionRegex);
        return [
          id,
          Object.keys(regions)
            .filter((name) => pattern.test(name))
            .sort(),
        ] as const;
      })
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  const file: RegionsFile = { sdk: `@aws-sdk/core ${version}`, partitions };
  return format(JSON.stringify(file), { parser: 'json' });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(REGIONS_FILE, await generateRegions());
  console.log(`Wrote ${REGIONS_FILE}`);
}
