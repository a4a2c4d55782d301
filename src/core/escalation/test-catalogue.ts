import type { Catalogue } from './catalogue-model.ts';
import { STUDIO_CATALOGUE } from './studio-catalogue.ts';

const TEST_IDS = new Set([
  'iam-001',
  'iam-002',
  'iam-008',
  'iam-009',
  'iam-012',
  'iam-013',
  'iam-015',
  'iam-016',
  'lambda-001',
  'lambda-003',
]);

/** Tests only: a few paths of the studio catalogue, so that a test names every path it expects. */
export const TEST_CATALOGUE: Catalogue = {
  ...STUDIO_CATALOGUE,
  paths: STUDIO_CATALOGUE.paths.filter((path) => TEST_IDS.has(path.id)),
};
