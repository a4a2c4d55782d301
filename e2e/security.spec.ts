import { expect, test as base, type Page } from '@playwright/test';
import { recordCspViolations, recordForeignRequests } from './support/page-guards.ts';
import { addTwoRequests, requestRows } from './support/requests.ts';
import {
  callHook,
  openStudio,
  placeCursor,
  problemsStatus,
  SEED_TEXT,
  statementCard,
} from './support/studio.ts';

/**
 * Every journey runs under index.html's Content-Security-Policy and must neither break it (a
 * blocked script, style, font, image or worker is a `securitypolicyviolation`) nor reach any
 * host but the app's own.
 */
const test = base.extend<{ guarded: void }>({
  guarded: [
    async ({ page, baseURL }, use) => {
      const violations = await recordCspViolations(page);
      const foreign = recordForeignRequests(page.context(), new URL(baseURL ?? '').origin);
      await use();
      await page.waitForLoadState('networkidle');
      expect(await violations(), 'Content-Security-Policy violations').toEqual([]);
      expect(foreign, 'requests to other hosts').toEqual([]);
    },
    { auto: true },
  ],
});

const header = (page: Page) => page.getByRole('banner');

test('load, and type in the editor with its JSON worker checking the text', async ({ page }) => {
  await openStudio(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', /^(light|dark)$/);
  await placeCursor(page, SEED_TEXT.indexOf('"Version"'));
  await page.keyboard.type('"Extra": 1, ');
  // Markers come from the JSON worker and the lint worker: both ran under the policy.
  await expect(problemsStatus(page)).not.toHaveText('No problems');
  await expect.poll(() => callHook(page, 'getMarkers')).not.toEqual([]);
});

test('simulate requests', async ({ page }) => {
  await openStudio(page);
  await addTwoRequests(page);
  await expect(requestRows(page)).toHaveCount(2);
});

test('open the template gallery and load an AWS managed policy', async ({ page }) => {
  test.setTimeout(60_000);
  await openStudio(page);
  await header(page).getByRole('button', { name: 'Templates' }).click();
  const gallery = page.getByRole('dialog', { name: 'Start from a template' });
  await gallery.getByRole('tab', { name: 'AWS managed' }).click();
  // The description holds the policy's ARN, so this matches one policy of the 3 MB chunk.
  await gallery
    .getByRole('searchbox', { name: 'Search templates' })
    .fill('policy/AmazonS3ReadOnlyAccess');
  await gallery
    .getByRole('listitem', { name: 'AmazonS3ReadOnlyAccess', exact: true })
    .getByRole('button', { name: 'Use' })
    .click({ timeout: 30_000 });
  await expect(gallery).toBeHidden();
  await expect.poll(() => callHook(page, 'getValue')).toContain('"s3:Get*"');
});

test('the share and export dialogs, with a download', async ({ page }) => {
  await openStudio(page);
  await header(page).getByRole('button', { name: 'Share', exact: true }).click();
  const share = page.getByRole('dialog', { name: 'Share this scenario' });
  await expect(share.getByRole('textbox', { name: 'Share link' })).toHaveValue(/#s=1\./);
  await share.getByRole('button', { name: 'Close' }).click();

  await header(page).getByRole('button', { name: 'Export' }).click();
  const exports = page.getByRole('dialog', { name: 'Export' });
  for (const tab of await exports.getByRole('tab').all()) {
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }
  const download = page.waitForEvent('download');
  await exports.getByRole('button', { name: /^Download / }).click();
  expect((await download).suggestedFilename()).not.toBe('');
});

test('switch the theme', async ({ page }) => {
  await openStudio(page);
  await page.getByRole('radio', { name: 'Dark' }).click();
  await expect.poll(() => callHook(page, 'getEditorTheme')).toBe('iam-studio-dark');
  await page.getByRole('radio', { name: 'Light' }).click();
  await expect.poll(() => callHook(page, 'getEditorTheme')).toBe('iam-studio-light');
});

test('edit a statement with the form editor', async ({ page }) => {
  await openStudio(page);
  const sid = statementCard(page, 1).getByLabel('Sid', { exact: true });
  await sid.fill('FromTheForm');
  await sid.press('Enter');
  await expect.poll(() => callHook(page, 'getValue')).toContain('"Sid": "FromTheForm"');
});
