import { bench, describe } from 'vitest';
import { largeScenario } from './large-scenario.ts';
import { createSimulator } from './simulation.ts';

// `npx vitest bench src/analysis/simulation.bench.ts --run`: one policy edited, every decision again
// (issue 5's budget: 50 ms for 20 policies x 50 statements x 50 requests).
const { policies, requests } = largeScenario();
const simulator = createSimulator();
let edit = 0;

describe('simulation after a policy edit', () => {
  bench('20 policies x 50 statements x 50 requests, one explained', () => {
    edit += 1;
    const edited = policies.map((policy, index) =>
      index === 7 ? { ...policy, document: `${policy.document}${' '.repeat(edit % 3)}` } : policy,
    );
    simulator({ policies: edited, requests, selected: 0, matrix: null });
  });
});
