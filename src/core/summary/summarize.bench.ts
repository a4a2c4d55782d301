import { bench, describe } from 'vitest';
import { largePolicyText } from '../../../scripts/large-policy.ts';
import { bundledCatalog } from '../catalog/bundled.ts';
import { parsePolicy } from '../policy/parse.ts';
import { namedServices, summarizeLoaded } from './summarize.ts';

// `npx vitest bench src/core/summary/summarize.bench.ts --run`: the Summary view's computation of
// a large policy, once its services are loaded (loading is a one-off per service).
const catalog = bundledCatalog();

for (const statements of [1_000, 10_000]) {
  const { policy } = parsePolicy(largePolicyText(statements));
  await Promise.all([...namedServices(policy, catalog)].map((p) => catalog.load(p)));
  describe(`the policy summary of ${statements} statements`, () => {
    bench('summarize', () => {
      summarizeLoaded(policy, catalog);
    });
  });
}
