import { expect, test, type Page } from '@playwright/test';
import { callHook, openStudio } from './support/studio.ts';

const editorBackground = (page: Page) =>
  page
    .locator('.monaco-editor')
    .first()
    .evaluate((element) => getComputedStyle(element).backgroundColor);

async function expectTheme(page: Page, theme: 'light' | 'dark') {
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  if (theme === 'dark') await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  else await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
  await expect.poll(() => callHook(page, 'getEditorTheme')).toBe(`iam-studio-${theme}`);
  await expect
    .poll(() => editorBackground(page))
    .toBe(theme === 'dark' ? 'rgb(24, 24, 27)' : 'rgb(255, 255, 255)');
}

test('the theme follows the system until the user picks one, and the pick is kept', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openStudio(page);
  await expect(page.getByRole('radio', { name: 'System' })).toHaveAttribute('aria-checked', 'true');
  await expectTheme(page, 'light');

  await page.emulateMedia({ colorScheme: 'dark' });
  await expectTheme(page, 'dark');

  await page.getByRole('radio', { name: 'Light' }).click();
  await expectTheme(page, 'light');

  await page.getByRole('radio', { name: 'Dark' }).click();
  await page.emulateMedia({ colorScheme: 'light' });
  await expectTheme(page, 'dark');

  await page.reload();
  await expect(page.getByRole('radio', { name: 'Dark' })).toHaveAttribute('aria-checked', 'true');
  await expectTheme(page, 'dark');
});
