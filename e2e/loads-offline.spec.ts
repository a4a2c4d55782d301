import { expect, test } from '@playwright/test';
import { callHook, openStudio } from './support/studio.ts';

test('the app loads without console errors and talks to no other host', async ({
  page,
  baseURL,
}) => {
  const ownOrigin = new URL(baseURL ?? '').origin;
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  // Context-wide, so requests made by the Monaco workers are watched too.
  page.context().on('request', (request) => {
    const url = new URL(request.url());
    const local = url.protocol === 'data:' || url.protocol === 'blob:';
    if (!local && url.origin !== ownOrigin) foreignRequests.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));

  await openStudio(page);
  // A marker proves the JSON worker was fetched and runs, so its requests were watched too.
  await page.evaluate(() => window.__iamStudio?.setValue('{ "Version": 1 }'));
  await expect.poll(() => callHook(page, 'getMarkers')).not.toEqual([]);
  await page.waitForLoadState('networkidle');

  expect(foreignRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
