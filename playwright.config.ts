import { defineConfig, devices } from '@playwright/test';
import { findBrowser } from './scripts/find-browser.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4173);
// Separate builds let several test runs share a machine.
const OUT_DIR = process.env.E2E_OUT ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // A journey takes 10 to 15 s on a 2-processor machine, and twice that when the machine is slow
  // (measured: a CI-like VM ran the suite in 22 minutes instead of 10, five journeys passing 30 s).
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '.reports/e2e.json' }]],
  // The tests that measure the main thread (tagged with e2e/support/performance.ts) run last and
  // one at a time, with nothing else on the machine's processors. A file or --grep filter does not
  // reach a project's dependencies: `--project=performance --no-deps` runs those tests alone.
  projects: [
    { name: 'journeys', grepInvert: /@performance/ },
    { name: 'performance', grep: /@performance/, dependencies: ['journeys'], workers: 1 },
  ],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://localhost:${PORT}`,
    viewport: { width: 1440, height: 900 },
    // No trace by default: recording one (a screencast and a DOM snapshot at every action) took
    // 28% of the browser tests' time on a 2-processor machine (measured: 24 tests in 118 s with
    // it, 85 s without), and CI keeps nothing a failed test writes. To debug a failure, run the
    // test again with --trace=on and open it with `npx playwright show-trace`.
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: findBrowser(),
      args: [
        '--no-sandbox',
        '--headless',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  // The built bundle is what users get, so that is what the browser tests exercise; the e2e mode
  // adds only the test hook the specs read the editor through (src/ui/monaco/test-hook.ts).
  webServer: {
    command: `npx vite build --mode e2e --outDir ${OUT_DIR} && npx vite preview --mode e2e --outDir ${OUT_DIR} --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
