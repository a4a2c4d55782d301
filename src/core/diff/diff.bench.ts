import { bench, describe } from 'vitest';
import { bundledCatalog } from '../catalog/bundled.ts';
import { benchPolicy, withOneLineEdited } from './bench-policies.ts';
import { diffPolicies } from './diff-policies.ts';
import { loadDiffServices } from './load-services.ts';

// `npx vitest bench src/core/diff/diff.bench.ts --run`: issue 18's budgets, the services loaded
// before (as in the browser after the first diff). `npm run bench` measures the same
// (scripts/bench-diff.ts).
const catalog = bundledCatalog();
const old100 = benchPolicy(100, 0);
const new100 = benchPolicy(100, 3);
const policy500 = benchPolicy(500, 0);
const edited500 = withOneLineEdited(policy500, 250);
await loadDiffServices(catalog, [old100, new100, policy500, edited500]);

describe('semantic diff', () => {
  bench('two 100-statement policies (target < 1 s)', () => {
    diffPolicies(old100, new100, { type: 'identity', catalog });
  });
  bench('a one-line edit of a 500-statement policy (target < 200 ms)', () => {
    diffPolicies(policy500, edited500, { type: 'identity', catalog });
  });
});
