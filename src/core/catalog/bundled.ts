import { Catalog } from './catalog.ts';
import type { CatalogIndexFile, ServiceFile } from './format.ts';
import index from './data/index.json';

/** The version and date of the bundled AWS service data, known without loading any service. */
export const CATALOG_VERSION: string = index.v;
export const CATALOG_DATE: string = index.d;

// A dynamic import with a variable: Vite turns it into one lazily loaded chunk per service file,
// and Node (tsx, vitest) imports the JSON file directly. Only prefixes from the index get here.
const loadServiceFile = async (prefix: string): Promise<ServiceFile> =>
  ((await import(`./data/services/${prefix}.json`)) as { default: ServiceFile }).default;

// TypeScript reads JSON tuples as arrays; the file is written by extract.ts in this shape.
const INDEX = index as unknown as CatalogIndexFile;

let shared: Catalog | undefined;

/** The one catalog of the bundled data, created on first use. */
export function bundledCatalog(): Catalog {
  shared ??= newBundledCatalog();
  return shared;
}

/** A catalog of the bundled data of its own, with no service loaded yet (for tests of loading). */
export function newBundledCatalog(): Catalog {
  return new Catalog(INDEX, loadServiceFile);
}
