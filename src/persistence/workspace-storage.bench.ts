import { bench, describe } from 'vitest';
import { SCENARIO_FORMAT, type Scenario } from '../core/index.ts';
import { largeScenario } from '../analysis/large-scenario.ts';
import { WorkspaceStorage, type KeyValueStorage } from './workspace-storage.ts';

// `npx vitest bench src/persistence/workspace-storage.bench.ts --run`: one autosave of issue
// 5's scenario (20 policies x 50 statements, 50 requests) over its previous revision.
const items = new Map<string, string>();
const memory: KeyValueStorage = {
  getItem: (key) => items.get(key) ?? null,
  setItem: (key, value) => void items.set(key, value),
  removeItem: (key) => void items.delete(key),
};
const storage = new WorkspaceStorage(memory, 'tab');
const scenario: Scenario = { format: SCENARIO_FORMAT, ...largeScenario() };
let revision = 0;

describe('autosave', () => {
  bench('save 20 policies x 50 statements and 50 requests', () => {
    const result = storage.save('w', 'W', scenario, revision);
    if (result.ok) revision = result.revision;
  });
});
