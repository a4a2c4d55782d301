import { expect, test, type Page } from '@playwright/test';
import { largeScenario } from '../src/store/large-scenario.ts';
import { openStudio } from './support/studio.ts';

// Issue 5's budget: 20 policies x 50 statements x 50 requests, every decision updated after an
// edit without blocking typing. The engine runs in a Web Worker; this measures it in Chromium.
const simulator = (page: Page) => page.getByRole('region', { name: 'Simulator' });
/** Edits measured; medians are reported (updatedMs includes the simulation's typing debounce). */
const EDITS = 9;
const summary = (page: Page) => simulator(page).getByRole('status', { name: 'Simulation summary' });

async function loadLargeScenario(page: Page) {
  const { policies, requests } = largeScenario();
  const policyList = page.getByRole('region', { name: 'Policies' });
  for (const [index, policy] of policies.entries()) {
    if (index > 0) await policyList.getByLabel('Add policy').selectOption('identity');
    await page.evaluate((text) => window.__iamStudio?.setValue(text), policy.document);
  }
  await simulator(page).getByRole('button', { name: 'Add a request' }).click();
  for (const [index, request] of requests.entries()) {
    if (index > 0) await simulator(page).getByRole('button', { name: 'Add request' }).click();
    await simulator(page).getByLabel('Action', { exact: true }).fill(request.action);
    await simulator(page).getByLabel('Resource', { exact: true }).fill(request.resource);
  }
}

test('a policy edit re-decides 50 requests against 20 x 50 statements off the main thread', async ({
  page,
}) => {
  // Loading the scenario through the UI takes about two minutes, so this runs on request only.
  test.skip(!process.env.IAM_STUDIO_PERF, 'set IAM_STUDIO_PERF=1 to measure');
  test.setTimeout(240_000);
  await openStudio(page);
  await loadLargeScenario(page);
  await expect(summary(page)).toHaveText(/^50 requests: /);
  await page.waitForTimeout(1000);

  const figures = await page.evaluate(async (edits) => {
    const status = document.querySelector('[aria-label="Simulation summary"]');
    const hook = window.__iamStudio;
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const runs: { editMs: number; updatedMs: number; engineMs: number }[] = [];
    for (let edit = 0; edit < edits; edit++) {
      const before = status?.getAttribute('data-duration-ms');
      const started = performance.now();
      // Alternately adds and removes a trailing newline, so every edit is a real change.
      const text = hook?.getValue() ?? '';
      hook?.setValue(text.endsWith('\n') ? text.slice(0, -1) : `${text}\n`);
      const editMs = performance.now() - started;
      // Two runs may report the same duration to 0.1 ms; such an edit is not counted.
      const changed = await new Promise<boolean>((resolve) => {
        const check = () => {
          if (status?.getAttribute('data-duration-ms') !== before) resolve(true);
          else if (performance.now() - started > 3000) resolve(false);
          else setTimeout(check, 2);
        };
        check();
      });
      const updatedMs = performance.now() - started;
      if (changed)
        runs.push({
          editMs,
          updatedMs,
          engineMs: Number(status?.getAttribute('data-duration-ms')),
        });
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    observer.disconnect();
    const median = (values: number[]) =>
      [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
    return {
      edits: runs.length,
      editMs: median(runs.map((run) => run.editMs)),
      updatedMs: median(runs.map((run) => run.updatedMs)),
      engineMs: median(runs.map((run) => run.engineMs)),
      maxEngineMs: Math.max(0, ...runs.map((run) => run.engineMs)),
      longestTaskMs: Math.max(0, ...longTasks),
    };
  }, EDITS);
  test.info().annotations.push({ type: 'performance', description: JSON.stringify(figures) });
  console.log('simulator performance (ms):', JSON.stringify(figures));
  // The keystroke itself must not wait for the engine.
  expect(figures.editMs).toBeLessThan(50);
  expect(figures.edits).toBeGreaterThan(0);
  expect(figures.engineMs).toBeGreaterThan(0);
});
