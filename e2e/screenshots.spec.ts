import { expect, test, type Page } from '@playwright/test';
import { addTwoRequests, requestRows, simulator } from './support/requests.ts';
import { openStudio, problemsStatus } from './support/studio.ts';

/** The seed policy with one request it allows and one it does not, the second selected. */
async function showSimulation(page: Page) {
  await addTwoRequests(page);
  await simulator(page).getByLabel('Action', { exact: true }).fill('s3:PutBucketLogging');
  await simulator(page).getByLabel('Resource', { exact: true }).fill('arn:aws:s3:::logs-bucket');
  await expect(requestRows(page).nth(1)).toContainText('Implicit deny');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

// Pictures for people (README, reviews), kept under test-results/, which git ignores.
for (const theme of ['light', 'dark'] as const) {
  test(`screenshot of the studio in the ${theme} theme`, async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme: theme });
    await openStudio(page);
    await expect(problemsStatus(page)).toHaveText('No problems');
    await showSimulation(page);
    const path = testInfo.outputPath(`studio-${theme}.png`);
    await page.screenshot({ path });
    await testInfo.attach(`studio-${theme}`, { path, contentType: 'image/png' });
  });
}
