import type { BrowserContext, Page } from '@playwright/test';

export interface CspViolation {
  directive: string;
  blocked: string;
  source: string;
  sample: string;
}

declare global {
  interface Window {
    __cspViolations?: CspViolation[];
  }
}

/**
 * Records every Content-Security-Policy violation of the pages `page` loads, from before the first
 * script runs; returns the reader. (A page's own log, so it starts empty again after a reload.)
 */
export async function recordCspViolations(page: Page): Promise<() => Promise<CspViolation[]>> {
  await page.addInitScript(() => {
    const violations: CspViolation[] = [];
    window.__cspViolations = violations;
    document.addEventListener(
      'securitypolicyviolation',
      (event) =>
        violations.push({
          directive: event.effectiveDirective,
          blocked: event.blockedURI,
          source: `${event.sourceFile}:${event.lineNumber}`,
          sample: event.sample,
        }),
      true,
    );
  });
  return () => page.evaluate(() => window.__cspViolations ?? []);
}

/**
 * Records the URL of every request to another origin than `origin` made in `context`, pages and
 * workers alike; data: and blob: URLs stay in the browser and are not counted.
 */
export function recordForeignRequests(context: BrowserContext, origin: string): string[] {
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    const local = url.protocol === 'data:' || url.protocol === 'blob:';
    if (!local && url.origin !== origin) foreign.push(request.url());
  });
  return foreign;
}
