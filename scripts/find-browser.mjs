// Finds a Chromium-family browser for the browser tests: the one named by IAM_STUDIO_BROWSER,
// else a system Chromium or Chrome, else Playwright's own download when present.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function playwrightBrowser() {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** @returns {string | undefined} the path of a browser executable */
export function findBrowser() {
  const named = process.env.IAM_STUDIO_BROWSER;
  if (named) {
    if (!existsSync(named))
      throw new Error(`IAM_STUDIO_BROWSER names ${named}, which does not exist`);
    return named;
  }
  return SYSTEM_BROWSERS.find((path) => existsSync(path)) ?? playwrightBrowser();
}
