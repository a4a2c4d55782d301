import { expect, test } from '@playwright/test';
import { openStudio, problemsStatus } from './support/studio.ts';

// Pictures for people (README, reviews), kept under test-results/, which git ignores.
for (const theme of ['light', 'dark'] as const) {
  test(`screenshot of the studio in the ${theme} theme`, async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme: theme });
    await openStudio(page);
    await expect(problemsStatus(page)).toHaveText('No problems');
    const path = testInfo.outputPath(`studio-${theme}.png`);
    await page.screenshot({ path });
    await testInfo.attach(`studio-${theme}`, { path, contentType: 'image/png' });
  });
}
