import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { managedPoliciesPlugin } from './scripts/managed-policies-plugin.ts';

const TESTS = ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'];

/**
 * The engine's and the command line's tests share a worker's modules: loading the core again for
 * each file was most of the suite's time. The page's tests (components, the store, the analysis
 * worker's jobs) read the app's store and preferences, which one file's tests leave changed for
 * the next: each of those files, and the few below, runs with its modules to itself.
 */
const SHARED = ['src/core/**/*.test.ts', 'src/cli/**/*.test.ts', 'scripts/**/*.test.ts'];
/** Tests of the core that count calls of a module's functions or load services of its catalog. */
const STATEFUL = [
  'src/core/lint/catalog-adapter.test.ts',
  'src/core/lint/lint-parsed.test.ts',
  'src/core/policy/parsed-policy.test.ts',
  'src/core/policy/reparse.test.ts',
];

export default defineConfig({
  plugins: [managedPoliciesPlugin()],
  test: {
    environment: 'node',
    // Vitest keeps a processor for itself by default: one worker on a two-processor machine such
    // as CI's, where two took the suite from 164 to 102 s. The files wait on imports as much as
    // on the processor.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: { name: 'shared', include: SHARED, exclude: STATEFUL, isolate: false },
      },
      { extends: true, test: { name: 'isolated', include: TESTS, exclude: SHARED } },
      { extends: true, test: { name: 'stateful', include: STATEFUL } },
    ],
  },
});
