import { expect, test } from '@playwright/test';
import { callHook, openStudio, SEED_TEXT } from './support/studio.ts';

test('the editor opens on the seed identity policy', async ({ page }) => {
  await openStudio(page);

  expect(await callHook(page, 'getValue')).toBe(SEED_TEXT);
  expect(await callHook(page, 'getModelUri')).toMatch(/^inmemory:\/\/policies\/.+\.json$/);
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('"Sid": "VisualEditor0"');

  const policies = page.getByRole('region', { name: 'Policies' });
  await expect(policies.getByRole('button', { name: /VisualEditor0 example/ })).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect(policies).toContainText('Identity policy');
  await expect(page.getByRole('region', { name: 'Simulator' })).toContainText('No requests yet');
});
