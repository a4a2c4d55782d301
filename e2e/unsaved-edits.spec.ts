import { expect, test, type Dialog, type Page } from '@playwright/test';
import { callHook, openStudio, placeCursor, SEED_TEXT } from './support/studio.ts';

const AFTER_SID = SEED_TEXT.indexOf('VisualEditor0') + 'VisualEditor0'.length;

/** Fills the origin's localStorage until not one more character fits. */
async function fillStorage(page: Page) {
  await page.evaluate(() => {
    let size = 1 << 20;
    let count = 0;
    while (size >= 1) {
      try {
        localStorage.setItem(`f${count}`, 'x'.repeat(size));
        count += 1;
      } catch {
        size = Math.floor(size / 2);
      }
    }
  });
}

/** Closes the page as a user closing the tab would, running its beforeunload handlers. */
async function leave(page: Page): Promise<Dialog | undefined> {
  const dialog = page.waitForEvent('dialog').catch(() => undefined);
  await page.close({ runBeforeUnload: true });
  return dialog;
}

test('with the storage full, leaving with an unsaved edit asks first, and staying keeps it', async ({
  page,
}) => {
  await openStudio(page);
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('iam-policy-studio:last-workspace')))
    .not.toBeNull();
  await fillStorage(page);
  await placeCursor(page, AFTER_SID);
  await page.keyboard.type('TypedWhileTheStorageIsFull');
  await expect(page.getByRole('alert').filter({ hasText: 'storage is full' })).toBeVisible();

  const dialog = await leave(page);
  expect(dialog?.type()).toBe('beforeunload');
  await dialog?.dismiss();
  expect(page.isClosed()).toBe(false);
  expect(await callHook(page, 'getValue')).toContain('"VisualEditor0TypedWhileTheStorageIsFull"');
});

test('with room in storage, leaving right after an edit saves it without asking', async ({
  page,
  context,
}) => {
  await openStudio(page);
  await placeCursor(page, AFTER_SID);
  await page.keyboard.type('TypedJustBeforeLeaving');

  const closed = page.waitForEvent('close');
  expect(await leave(page)).toBeUndefined();
  await closed;
  const again = await context.newPage();
  await openStudio(again);
  expect(await callHook(again, 'getValue')).toContain('"VisualEditor0TypedJustBeforeLeaving"');
});
