import { expect, type Page } from '@playwright/test';

const importDialog = (page: Page) =>
  page.getByRole('dialog', { name: 'Import a scenario or a policy' });

/**
 * Pastes a get-account-authorization-details output into the import dialog, opens it as an
 * account's workspace, waits for the report to say `opened` (its counts) and closes the dialog.
 */
export async function openPastedAccount(page: Page, text: string, opened: string) {
  await page.getByRole('banner').getByRole('button', { name: 'Import' }).click();
  await importDialog(page).getByLabel('Paste a scenario or a policy').fill(text);
  await importDialog(page).getByRole('button', { name: 'Open as account' }).click();
  await expect(importDialog(page).getByRole('status').last()).toContainText(opened);
  await importDialog(page).getByRole('button', { name: 'Done' }).click();
}
