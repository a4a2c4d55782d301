import { expect, test, type Page } from '@playwright/test';
import { callHook, openStudio } from './support/studio.ts';

/** Where keyboard focus is: in Monaco, in a modal dialog, or elsewhere on the page. */
function focusPlace(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (active?.closest('.monaco-editor')) return 'editor';
    if (active?.closest('[role="dialog"][aria-modal="true"]')) return 'dialog';
    return 'page';
  });
}

const tabKeyMode = (page: Page) => page.getByTestId('tab-key-mode');

/** Presses Tab until focus is in the editor; fails if 30 presses do not get there. */
async function tabIntoEditor(page: Page) {
  for (let press = 0; press < 30; press++) {
    await page.keyboard.press('Tab');
    if ((await focusPlace(page)) === 'editor') return;
  }
  throw new Error('30 Tabs never reached the editor');
}

test('30 Tabs from a fresh load pass through the editor without changing the policy', async ({
  page,
}) => {
  await openStudio(page);
  const before = await callHook(page, 'getValue');
  await expect(tabKeyMode(page)).toHaveText('Tab moves focus (Ctrl+M)');

  const places: string[] = [];
  for (let press = 0; press < 30; press++) {
    await page.keyboard.press('Tab');
    places.push(await focusPlace(page));
  }
  const entered = places.indexOf('editor');
  expect(entered, `focus went ${places.join(', ')}`).toBeGreaterThanOrEqual(0);
  expect(places.slice(entered).indexOf('page'), 'a Tab in the editor moved focus on').toBe(1);
  expect(await callHook(page, 'getValue')).toBe(before);
  await page.screenshot({ path: '/tmp/a11y-keyboard-tabbed.png' });
});

test('Ctrl+M and the status bar switch Tab between moving focus and inserting spaces', async ({
  page,
}) => {
  await openStudio(page);
  const before = await callHook(page, 'getValue');
  await tabIntoEditor(page);

  await page.keyboard.press('Control+M');
  await expect(tabKeyMode(page)).toHaveText('Tab inserts spaces (Ctrl+M)');
  await page.keyboard.press('Tab');
  expect(await focusPlace(page)).toBe('editor');
  expect(await callHook(page, 'getValue')).toBe(`  ${before}`);

  await page.keyboard.press('Control+M');
  await expect(tabKeyMode(page)).toHaveText('Tab moves focus (Ctrl+M)');
  await page.keyboard.press('Tab');
  expect(await focusPlace(page)).toBe('page');
  expect(await callHook(page, 'getValue')).toBe(`  ${before}`);

  await tabKeyMode(page).click();
  await expect(tabKeyMode(page)).toHaveText('Tab inserts spaces (Ctrl+M)');
  await page.screenshot({ path: '/tmp/a11y-keyboard-inserts.png' });
});

test('a click into the text makes Tab indent, as a mouse user writing JSON expects', async ({
  page,
}) => {
  await openStudio(page);
  const before = await callHook(page, 'getValue');
  await page.locator('.monaco-editor .view-lines').click({ position: { x: 5, y: 5 } });
  await expect(tabKeyMode(page)).toHaveText('Tab inserts spaces (Ctrl+M)');
  await page.keyboard.press('Home');
  await page.keyboard.press('Tab');
  expect(await focusPlace(page)).toBe('editor');
  expect(await callHook(page, 'getValue')).not.toBe(before);
});

test('typing in the editor makes Tab indent until focus leaves the editor', async ({ page }) => {
  await openStudio(page);
  await tabIntoEditor(page);
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(tabKeyMode(page)).toHaveText('Tab inserts spaces (Ctrl+M)');
  const typed = await callHook(page, 'getValue');
  await page.keyboard.press('Tab');
  expect(await focusPlace(page)).toBe('editor');
  expect(await callHook(page, 'getValue')).not.toBe(typed);

  // Leaving the editor (here by clicking the page) makes the next visit by Tab pass through.
  await page.getByRole('heading', { name: 'IAM Policy Studio' }).click();
  await expect(tabKeyMode(page)).toHaveText('Tab moves focus (Ctrl+M)');
  const left = await callHook(page, 'getValue');
  await tabIntoEditor(page);
  await page.keyboard.press('Tab');
  expect(await focusPlace(page)).toBe('page');
  expect(await callHook(page, 'getValue')).toBe(left);
});

const DIALOGS = [
  { opener: 'Templates', title: 'Start from a template' },
  { opener: 'Import', title: 'Import a scenario or a policy' },
  { opener: 'Export', title: 'Export' },
  { opener: 'Share', title: 'Share this scenario' },
];

for (const { opener, title } of DIALOGS) {
  test(`the ${opener} dialog keeps focus inside until Escape, then gives it back`, async ({
    page,
  }) => {
    await openStudio(page);
    const button = page.getByRole('banner').getByRole('button', { name: opener, exact: true });
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: title });
    await expect(dialog).toBeFocused();

    // Backwards past the first control to the last, then forwards past the last to the first.
    for (const [key, presses] of [
      ['Shift+Tab', 4],
      ['Tab', 8],
    ] as const) {
      for (let press = 1; press <= presses; press++) {
        await page.keyboard.press(key);
        expect(await focusPlace(page), `after ${key} ${press}`).toBe('dialog');
      }
    }
    if (opener === 'Templates') await page.screenshot({ path: '/tmp/a11y-dialog-focus.png' });

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });
}
