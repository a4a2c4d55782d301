import { expect, test, type Page } from '@playwright/test';
import { recordLongTasks, type LongTask } from './support/long-tasks.ts';
import {
  callHook,
  openStudio,
  placeCursor,
  statementCard,
  visualEditor,
} from './support/studio.ts';
import { largePolicyText, percentile, recordKeyTimes, timeKeystroke } from './support/typing.ts';
import { PERFORMANCE } from './support/performance.ts';

// Issue 13: "no main-thread task over 100 ms" while a 1 MB policy is pasted and read, and while
// typing in a policy of 10,000 statements. A task's CPU time is what is checked: its wall time
// also holds the time it waited for a CPU, which on a machine busy with other tests says nothing
// about the page. The time from a keystroke to the form showing it is measured and reported
// (annotations and stdout), not checked.

test.describe.configure({ mode: 'serial' });
// Playwright's trace snapshots the page on every action, which would be measured too.
test.use({ trace: 'off' });

const LONGEST_TASK_MS = 100;

/** Waits until no long task has happened for `quietMs`, so the analysis of a text is over. */
async function settle(page: Page, quietMs = 1500) {
  await page.evaluate(async (quiet) => {
    let last = performance.now();
    const observer = new PerformanceObserver(() => (last = performance.now()));
    observer.observe({ type: 'longtask' });
    while (performance.now() - last < quiet) await new Promise((r) => setTimeout(r, 100));
    observer.disconnect();
  }, quietMs);
}

const describeTasks = (tasks: readonly LongTask[]) => {
  const sorted = [...tasks].sort((a, b) => b.cpuMs - a.cpuMs);
  const longest = sorted[0];
  return `longest ${(longest?.cpuMs ?? 0).toFixed(0)} ms CPU (${(longest?.gcMs ?? 0).toFixed(0)} of them collecting garbage; ${(longest?.wallMs ?? 0).toFixed(0)} ms wall), ${sorted.length} over 50 ms wall (CPU/wall: ${sorted
    .slice(0, 8)
    .map((task) => `${task.cpuMs.toFixed(0)}/${task.wallMs.toFixed(0)}`)
    .join(', ')})`;
};

const longestCpu = (tasks: readonly LongTask[]) => Math.max(0, ...tasks.map((t) => t.cpuMs));

test(
  'pasting a 1 MB policy holds the main thread under 100 ms at a time',
  PERFORMANCE,
  async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await openStudio(page);
    const before = await callHook(page, 'getValue');
    const text = largePolicyText(3200);
    expect(text.length).toBeGreaterThan(1_000_000);
    // A real paste (the browser's paste event, from the clipboard), as Ctrl+V in the editor is.
    await page.locator('.monaco-editor .view-lines').click();
    await page.evaluate((value) => navigator.clipboard.writeText(value), text);
    await page.keyboard.press('ControlOrMeta+A');
    await settle(page);
    const stopRecording = await recordLongTasks(page);
    await page.keyboard.press('ControlOrMeta+V');
    const first = visualEditor(page).getByRole('region', { name: 'Statement 1', exact: true });
    await expect(first.getByLabel('Sid')).toHaveValue('S0', { timeout: 60_000 });
    await settle(page, 3000);
    const tasks = await stopRecording();
    const summary = `${text.length.toLocaleString('en-US')} characters pasted: ${describeTasks(tasks)}`;
    console.log(`large paste: ${summary}`);
    testInfo.annotations.push({ type: 'large-paste', description: summary });

    expect(await callHook(page, 'getValue')).toBe(text);
    expect(longestCpu(tasks)).toBeLessThan(LONGEST_TASK_MS);
    // One undo step takes the whole paste back, as after any paste.
    await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(() => callHook(page, 'getValue')).toBe(before);
  },
);

const KEYSTROKES = 20;
const STATEMENTS = 10_000;

for (const version of [true, false]) {
  const variant = version ? 'clean' : 'without Version (a warning)';
  test(
    `typing in a policy of ${STATEMENTS.toLocaleString('en-US')} statements, ${variant}`,
    PERFORMANCE,
    async ({ page }, testInfo) => {
      test.setTimeout(240_000);
      await openStudio(page);
      const text = largePolicyText(STATEMENTS, version);
      await page.evaluate((value) => window.__iamStudio?.setValue(value), text);
      const middle = STATEMENTS / 2;
      await placeCursor(page, text.indexOf(`"S${middle}"`) + `"S${middle}`.length);
      await expect(statementCard(page, middle + 1).getByLabel('Sid')).toHaveValue(`S${middle}`, {
        timeout: 120_000,
      });
      await settle(page, 3000);
      const stopRecording = await recordLongTasks(page);
      await recordKeyTimes(page);
      const times: number[] = [];
      for (let typed = 1; typed <= KEYSTROKES; typed++) {
        const sid = `S${middle}${'x'.repeat(typed)}`;
        times.push(await timeKeystroke(page, 'x', `Statement ${middle + 1}`, sid));
      }
      await settle(page, 3000);
      const tasks = await stopRecording();
      expect((await callHook(page, 'getValue')).length).toBe(text.length + KEYSTROKES);
      const sorted = [...times].sort((a, b) => a - b);
      const summary =
        `${STATEMENTS} statements ${variant} (${text.length.toLocaleString('en-US')} characters): keystroke-to-render ` +
        `median ${percentile(sorted, 50).toFixed(0)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(0)} ms over ${KEYSTROKES}; ` +
        `main thread while typing and after: ${describeTasks(tasks)}`;
      console.log(`large typing: ${summary}`);
      testInfo.annotations.push({ type: 'large-typing', description: summary });
      expect(longestCpu(tasks)).toBeLessThan(LONGEST_TASK_MS);
    },
  );
}
