// Builds src/core/cloudtrail/event-map.generated.json: which IAM service prefix each CloudTrail
// eventSource belongs to, from the API metadata of the `aws-sdk` (v2) package (Apache-2.0,
// https://github.com/aws/aws-sdk-js: metadata.endpointPrefix, signingName, serviceId and the
// operation names) matched against the bundled service reference (src/core/catalog/data), names
// compared ignoring case as IAM compares action names. An eventName that is the name of an IAM
// action of that prefix maps to it at run time; the file also lists, per prefix, the API
// operations that have no IAM action of their name, so that an event of one of them is reported as
// such rather than as an unknown operation. Operations whose permissions differ are in
// event-exceptions.ts. Run `npx tsx scripts/build-cloudtrail-map.ts` after updating aws-sdk or the
// catalog (`npm run catalog`); a unit test (event-exceptions.test.ts) fails while the committed
// file is stale. See src/core/cloudtrail/EVENT-MAP-NOTICE.md for attribution.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CatalogIndexFile, ServiceFile } from '../src/core/catalog/format.ts';
import type { EventMapFile } from '../src/core/cloudtrail/event-map.ts';

export const EVENT_MAP_FILE = fileURLToPath(
  new URL('../src/core/cloudtrail/event-map.generated.json', import.meta.url),
);
const CATALOG_DIR = fileURLToPath(new URL('../src/core/catalog/data', import.meta.url));

interface ApiMetadata {
  endpointPrefix?: string;
  signingName?: string;
  serviceId?: string;
}

interface Api {
  metadata: ApiMetadata;
  operations: Record<string, unknown>;
}

function sdkFolder(): string {
  const require = createRequire(import.meta.url);
  return join(require.resolve('aws-sdk/package.json'), '..');
}

function catalogActions(): Map<string, Set<string>> {
  const index = JSON.parse(
    readFileSync(join(CATALOG_DIR, 'index.json'), 'utf8'),
  ) as CatalogIndexFile;
  return new Map(
    index.s.map(([prefix]) => {
      const file = JSON.parse(
        readFileSync(join(CATALOG_DIR, 'services', `${prefix}.json`), 'utf8'),
      ) as ServiceFile;
      return [prefix, new Set(file.a.map(([name]) => name.toLowerCase()))];
    }),
  );
}

/** The IAM prefix among the API's names whose actions share the most operation names. */
function prefixOf(api: Api, actions: Map<string, Set<string>>): string | undefined {
  const { endpointPrefix, signingName, serviceId } = api.metadata;
  const id = serviceId?.toLowerCase();
  const candidates = [
    signingName,
    endpointPrefix,
    id?.replaceAll(' ', '-'),
    id?.replaceAll(' ', ''),
  ];
  const operations = Object.keys(api.operations);
  let best: string | undefined;
  let shared = 0;
  for (const candidate of new Set(candidates)) {
    const names = candidate === undefined ? undefined : actions.get(candidate);
    if (!names) continue;
    const count = operations.filter((operation) => names.has(operation.toLowerCase())).length;
    if (count > shared) [best, shared] = [candidate, count];
  }
  return best;
}

/** A CloudTrail eventSource is NAME.amazonaws.com, NAME the API's signing name or endpoint prefix. */
function eventSources(metadata: ApiMetadata): string[] {
  const names = [metadata.signingName, metadata.endpointPrefix].filter(
    (name): name is string => name !== undefined && /^[a-z0-9-]+$/.test(name),
  );
  return [...new Set(names)].map((name) => `${name}.amazonaws.com`);
}

export function generateEventMap(): string {
  const folder = sdkFolder();
  const version = (
    JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string }
  ).version;
  const actions = catalogActions();
  const sources: Record<string, string> = {};
  const unnamed: Record<string, Set<string>> = {};
  const apis = readdirSync(join(folder, 'apis'))
    .filter((file) => file.endsWith('.min.json'))
    .sort();
  for (const file of apis) {
    const api = JSON.parse(readFileSync(join(folder, 'apis', file), 'utf8')) as Api;
    const prefix = prefixOf(api, actions);
    if (prefix === undefined) continue;
    for (const source of eventSources(api.metadata)) sources[source] ??= prefix;
    const names = actions.get(prefix)!;
    for (const operation of Object.keys(api.operations)) {
      if (!names.has(operation.toLowerCase())) (unnamed[prefix] ??= new Set()).add(operation);
    }
  }
  const map: EventMapFile = {
    sdk: `aws-sdk ${version}`,
    sources: Object.fromEntries(Object.entries(sources).sort(([a], [b]) => a.localeCompare(b))),
    unnamed: Object.fromEntries(
      Object.entries(unnamed)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([prefix, operations]) => [prefix, [...operations].sort()]),
    ),
  };
  return `${JSON.stringify(map)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(EVENT_MAP_FILE, generateEventMap());
  console.log(`Wrote ${EVENT_MAP_FILE}`);
}
