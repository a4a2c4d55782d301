import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { managedPolicyEntries } from '../scripts/managed-policies-plugin.ts';
import { callHook, openStudio, policyList } from './support/studio.ts';

/** Every AWS managed policy's name, in the order the gallery lists them before a search. */
const NAMES = managedPolicyEntries().map(([name]) => name);

async function openManagedTab(page: Page) {
  await openStudio(page);
  await page.getByRole('banner').getByRole('button', { name: 'Templates' }).click();
  const gallery = page.getByRole('dialog', { name: 'Start from a template' });
  await gallery.getByRole('tab', { name: 'AWS managed' }).click();
  await expect(gallery.getByRole('status')).toHaveText(
    `${NAMES.length.toLocaleString('en-US')} templates`,
    { timeout: 30_000 },
  );
  return gallery;
}

test('typing ReadOnlyAccess shows the ReadOnlyAccess policy first, and Enter uses it', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const gallery = await openManagedTab(page);
  const search = gallery.getByRole('searchbox', { name: 'Search templates' });
  await search.fill('ReadOnlyAccess');
  const results = gallery.getByRole('listitem');
  await expect(results.first()).toHaveAccessibleName('ReadOnlyAccess');
  // Names with a word starting "ReadOnly" come next; AdministratorAccess is nowhere near the top.
  await expect(results.nth(1)).toHaveAccessibleName(/ReadOnlyAccess/);
  await page.screenshot({ path: '/tmp/templates-search-readonly.png' });

  await search.press('Enter');
  await expect(gallery).toBeHidden();
  await expect(
    policyList(page).getByRole('button', { name: / ReadOnlyAccess Identity policy$/ }),
  ).toHaveAttribute('aria-current', 'true');
  await expect.poll(() => callHook(page, 'getValue')).toContain('"Effect": "Allow"');
});

test('arrow keys move through the results and Enter on one uses it', async ({ page }) => {
  test.setTimeout(60_000);
  const gallery = await openManagedTab(page);
  const search = gallery.getByRole('searchbox', { name: 'Search templates' });
  await search.fill('s3 read');
  const results = gallery.getByRole('listitem');
  const second = (await results.nth(1).getAttribute('aria-label'))!;
  await search.press('ArrowDown');
  await expect(results.first().getByRole('button', { name: /^Use/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results.nth(1).getByRole('button', { name: /^Use/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(gallery).toBeHidden();
  await expect(
    policyList(page).getByRole('button', { name: new RegExp(` ${second} Identity policy$`) }),
  ).toHaveAttribute('aria-current', 'true');
});

test('scrolling the whole list reaches the last of every AWS managed policy', async ({ page }) => {
  test.setTimeout(60_000);
  const gallery = await openManagedTab(page);
  const last = NAMES.at(-1)!;
  const lastCard = gallery.getByRole('listitem', { name: last, exact: true });
  await expect(lastCard).toHaveCount(0);
  const scroller = gallery.getByRole('list').locator('..');
  // Cards are measured as they come into view, so the list's height settles while it scrolls.
  await expect
    .poll(async () => {
      await scroller.evaluate((element) => element.scrollTo(0, element.scrollHeight));
      return lastCard.isVisible();
    })
    .toBe(true);
  await expect(lastCard).toHaveAttribute('aria-posinset', String(NAMES.length));
  await expect(lastCard).toHaveAttribute('aria-setsize', String(NAMES.length));
  await page.screenshot({ path: '/tmp/templates-search-last.png' });
  const axe = await new AxeBuilder({ page }).include('[role="dialog"]').analyze();
  const serious = axe.violations.filter(
    ({ impact }) => impact === 'serious' || impact === 'critical',
  );
  expect(serious.map(({ id, nodes }) => `${id}: ${nodes.length} elements`)).toEqual([]);
});
