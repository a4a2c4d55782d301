import { expect, test, type Page } from '@playwright/test';
import { largeScenario } from '../src/analysis/large-scenario.ts';
import { SCENARIO_FORMAT, type Scenario } from '../src/core/scenario/model.ts';
import { encodeShareLink } from '../src/core/scenario/link-codec.ts';
import { PERFORMANCE } from './support/performance.ts';

// Issue 5's budget: 20 policies x 50 statements x 50 requests, every decision updated after an
// edit without blocking typing. The engine runs in a Web Worker; this measures it in Chromium.
const simulator = (page: Page) => page.getByRole('region', { name: 'Simulator' });
/**
 * Edits measured; medians are reported. updatedMs: from an edit to every decision (and the
 * selected request's explanation) rendered. A burst of BURST edits BURST_GAP_MS apart (fast typing)
 * then reports how many times the results were rendered meanwhile and how long after its last edit.
 * Last, the autosave of one more edit: when it happened and how long it blocked the main thread.
 */
const EDITS = 9;
const BURST = 10;
const BURST_GAP_MS = 20;
const summary = (page: Page) => simulator(page).getByRole('status', { name: 'Simulation summary' });

/** Opens the scenario from a share link: typing it in through the UI takes minutes. */
async function openLargeScenario(page: Page) {
  const { policies, requests } = largeScenario();
  const scenario: Scenario = { format: SCENARIO_FORMAT, policies, requests };
  await page.goto(`./#s=${encodeShareLink({ scenario, selectedRequest: '0' })}`);
  await expect(page.getByRole('heading', { name: 'IAM Policy Studio' })).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => window.__iamStudio?.getValue() ?? null))
    .not.toBeNull();
}

test(
  'a policy edit re-decides 50 requests against 20 x 50 statements off the main thread',
  PERFORMANCE,
  async ({ page }) => {
    // A measurement that keeps the machine busy for a while: it runs on request only.
    test.skip(!process.env.IAM_STUDIO_PERF, 'set IAM_STUDIO_PERF=1 to measure');
    test.setTimeout(240_000);
    await openLargeScenario(page);
    await expect(summary(page)).toHaveText(/^50 requests: /);
    await expect(simulator(page).getByTestId('explanation-headline')).toBeVisible();
    await page.waitForTimeout(1000);

    const figures = await page.evaluate(
      async ({ edits, burst, gap }) => {
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
        const toggle = () => {
          const text = hook?.getValue() ?? '';
          hook?.setValue(text.endsWith('\n') ? text.slice(0, -1) : `${text}\n`);
        };
        const updates: number[] = [];
        const watcher = new MutationObserver(() => updates.push(performance.now()));
        if (status)
          watcher.observe(status, { attributes: true, attributeFilter: ['data-duration-ms'] });
        let lastEdit = 0;
        for (let edit = 0; edit < burst; edit++) {
          toggle();
          lastEdit = performance.now();
          await new Promise((resolve) => setTimeout(resolve, gap));
        }
        // Settled: nothing rendered for a second.
        while (performance.now() - Math.max(lastEdit, ...updates) < 1000)
          await new Promise((resolve) => setTimeout(resolve, 50));
        watcher.disconnect();
        observer.disconnect();

        // Autosave: one more edit; how long the save blocked the page, measured by a timer that
        // should fire every few ms (the save comes hundreds of ms after the edit's render).
        const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
        const beats: [at: number, gap: number][] = [];
        let beating = true;
        let previous = performance.now();
        const beat = () => {
          const now = performance.now();
          beats.push([now, now - previous]);
          previous = now;
          if (beating) setTimeout(beat, 0);
        };
        beat();
        const index = () => localStorage.getItem('iam-policy-studio:workspaces');
        const indexBefore = index();
        toggle();
        const edited = performance.now();
        while (index() === indexBefore && performance.now() - edited < 5000) await sleep(10);
        const savedAfterMs = performance.now() - edited;
        await sleep(100);
        beating = false;
        const afterRender = beats.filter(([at]) => at > edited + 300).map(([, gap]) => gap);
        const median = (values: number[]) =>
          [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
        return {
          edits: runs.length,
          editMs: median(runs.map((run) => run.editMs)),
          updatedMs: median(runs.map((run) => run.updatedMs)),
          engineMs: median(runs.map((run) => run.engineMs)),
          maxEngineMs: Math.max(0, ...runs.map((run) => run.engineMs)),
          longestTaskMs: Math.max(0, ...longTasks),
          burstRenders: updates.length,
          burstSettledMs: Math.max(...updates) - lastEdit,
          autosaveAfterMs: savedAfterMs,
          autosaveBlockedMs: Math.max(0, ...afterRender),
        };
      },
      { edits: EDITS, burst: BURST, gap: BURST_GAP_MS },
    );
    test.info().annotations.push({ type: 'performance', description: JSON.stringify(figures) });
    console.log('simulator performance (ms):', JSON.stringify(figures));
    // The keystroke itself must not wait for the engine.
    expect(figures.editMs).toBeLessThan(50);
    expect(figures.edits).toBeGreaterThan(0);
    expect(figures.engineMs).toBeGreaterThan(0);
  },
);
