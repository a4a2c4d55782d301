// Issue 16's browser figure, run by `npm run bench` (scripts/bench.ts) or alone with
// `npx tsx scripts/bench-cloudtrail-browser.ts`: 100,000 generated CloudTrail events
// (e2e/fixtures/cloudtrail-generated.ts, ten .json.gz log files) chosen in the CloudTrail view of
// the built app, read and replayed in its worker, in Chromium. Timed in the page from the file
// input's change to the replay's outcome on screen; the worker's CPU time comes from a Chromium
// trace, since on a machine shared with other work the wall-clock time says more about the machine.
// BENCH_BROWSER_DIST names a build to use instead of building one; BENCH_BROWSER_PORT its port.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { gzipSync, strToU8 } from 'fflate';
import { generatedLogFiles } from '../e2e/fixtures/cloudtrail-generated.ts';
import { findBrowser } from './find-browser.mjs';

const ROOT = join(import.meta.dirname, '..');
const EVENTS = 100_000;
const TARGET_MS = 5_000;
const PORT = Number(process.env.BENCH_BROWSER_PORT ?? 4391);

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** The CPU time of the page's dedicated workers' tasks in the trace, in milliseconds. */
function workerCpuMs(trace: TraceEvent[]): number {
  const workers = new Set(
    trace
      .filter(
        (e) =>
          e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'DedicatedWorker thread',
      )
      .map((e) => `${e.pid}:${e.tid}`),
  );
  return (
    trace
      .filter((e) => e.ph === 'X' && e.name.endsWith('RunTask') && workers.has(`${e.pid}:${e.tid}`))
      .reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000
  );
}

async function waitForServer(url: string): Promise<void> {
  for (let tries = 0; tries < 120; tries += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer`);
}

function build(outDir: string): void {
  const built = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--logLevel', 'error'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (built.status !== 0) throw new Error('vite build failed');
}

/** Imports and replays the generated trail in the app; prints the figure, true when on target. */
export async function benchCloudTrailBrowser(): Promise<boolean> {
  const work = mkdtempSync(join(tmpdir(), 'bench-cloudtrail-'));
  const dist = process.env.BENCH_BROWSER_DIST ?? join(work, 'dist');
  if (process.env.BENCH_BROWSER_DIST === undefined) build(dist);
  const files = generatedLogFiles(EVENTS).map(({ name, text }) => {
    const path = join(work, `${name}.gz`);
    writeFileSync(path, gzipSync(strToU8(text)));
    return path;
  });
  const server = spawn(
    'npx',
    ['vite', 'preview', '--outDir', dist, '--port', String(PORT), '--strictPort'],
    { cwd: ROOT, stdio: 'ignore', detached: true },
  );
  const browser = await chromium.launch({
    executablePath: findBrowser(),
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const url = `http://localhost:${PORT}/`;
    await waitForServer(url);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(url);
    await page.getByRole('banner').getByRole('button', { name: 'CloudTrail' }).click();
    const input = page.locator('label', { hasText: 'Choose files' }).locator('input[type="file"]');
    await input.evaluate((element) => {
      const times = window as unknown as { chosenAt?: number; replayedAt?: number };
      element.addEventListener('change', () => (times.chosenAt = performance.now()));
      new MutationObserver((_, observer) => {
        if (document.querySelector('[aria-label="Replay outcome"]')) {
          times.replayedAt = performance.now();
          observer.disconnect();
        }
      }).observe(document.body, { childList: true, subtree: true });
    });
    await browser.startTracing(page, { categories: ['toplevel'] });
    await input.setInputFiles(files);
    await page.waitForFunction(
      () => (window as unknown as { replayedAt?: number }).replayedAt !== undefined,
      null,
      { timeout: 180_000, polling: 50 },
    );
    const trace = JSON.parse((await browser.stopTracing()).toString()) as {
      traceEvents: TraceEvent[];
    };
    const { chosenAt, replayedAt } = await page.evaluate(() => {
      const times = window as unknown as { chosenAt: number; replayedAt: number };
      return { chosenAt: times.chosenAt, replayedAt: times.replayedAt };
    });
    const duration = (label: string) =>
      page.getByRole('status', { name: label }).getAttribute('data-duration-ms');
    const readMs = Number(await duration('Logs summary'));
    const replayMs = Number(await duration('Replay outcome'));
    const wallMs = replayedAt - chosenAt;
    const ms = (n: number) => `${Math.round(n).toLocaleString('en-US')} ms`;
    console.log(
      `(k) browser: ${EVENTS.toLocaleString('en-US')} CloudTrail events (${files.length} .json.gz ` +
        `log files) chosen, read and replayed in the app: ${ms(wallMs)} from the choice to the ` +
        `replay on screen (target < ${ms(TARGET_MS)}: ${wallMs < TARGET_MS ? 'ok' : 'SLOWER THAN TARGET'}); ` +
        `in the worker: reading ${ms(readMs)}, replay ${ms(replayMs)}, CPU ${ms(workerCpuMs(trace.traceEvents))}`,
    );
    return wallMs < TARGET_MS;
  } finally {
    await browser.close();
    if (server.pid !== undefined) process.kill(-server.pid);
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('bench-cloudtrail-browser.ts')) {
  process.exitCode = (await benchCloudTrailBrowser()) ? 0 : 1;
}
