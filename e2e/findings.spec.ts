import { expect, test, type Page } from '@playwright/test';
import { callHook, openStudio, placeCursor, policyList, statementCard } from './support/studio.ts';

const TYPO = '"s3:GetObjekt"';
const SUGGESTION = /did you mean "s3:GetObject"/;

const unknownActionMarkers = async (page: Page) =>
  (await callHook(page, 'getMarkers')).filter((marker) => marker.code === 'unknown-action');

/** Types over the seed's first action, as a user would, leaving `"s3:GetObjekt"` in the text. */
async function typeUnknownAction(page: Page) {
  const text = await callHook(page, 'getValue');
  const end = text.indexOf('s3:PutBucketLogging') + 's3:PutBucketLogging'.length;
  await placeCursor(page, end);
  for (let step = 0; step < 'PutBucketLogging'.length; step++) {
    await page.keyboard.press('Shift+ArrowLeft');
  }
  await page.keyboard.type('GetObjekt');
  expect(await callHook(page, 'getValue')).toContain(TYPO);
}

test('an unknown action is flagged, revealed, fixed, undone and hidden', async ({ page }) => {
  await openStudio(page);
  const seed = policyList(page).getByRole('listitem').filter({ hasText: 'VisualEditor0 example' });
  await expect(seed.getByRole('img', { name: 'Valid' })).toBeVisible();

  await typeUnknownAction(page);
  await expect
    .poll(() => unknownActionMarkers(page))
    .toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringMatching(SUGGESTION) }),
    ]);
  await expect(seed.getByRole('img', { name: 'Errors' })).toBeVisible();
  await expect(
    statementCard(page, 1).getByRole('list', { name: 'Findings of statement 1' }),
  ).toContainText(SUGGESTION);

  // The problem count opens the findings panel; an entry selects its text in the editor.
  await page.getByRole('button', { name: 'Findings' }).click();
  const panel = page.getByRole('region', { name: 'Findings' });
  await expect(panel.getByRole('group', { name: 'errors' })).toContainText('1 error');
  const entry = panel.getByRole('button', { name: SUGGESTION });
  await placeCursor(page, 0);
  await entry.click();
  await expect.poll(() => callHook(page, 'getSelectedText')).toBe(TYPO);

  // Monaco's quick fix menu (Ctrl+.) offers the finding's fix; undo takes it back.
  await page.keyboard.press('ControlOrMeta+.');
  await page.getByText('Change to "s3:GetObject"').click();
  await expect.poll(() => callHook(page, 'getValue')).toContain('"s3:GetObject"');
  await expect.poll(() => unknownActionMarkers(page)).toEqual([]);
  await expect(seed.getByRole('img', { name: 'Valid' })).toBeVisible();
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(() => callHook(page, 'getValue')).toContain(TYPO);
  await expect.poll(() => unknownActionMarkers(page)).toHaveLength(1);

  // Hiding the check removes it everywhere; restoring brings it back.
  await panel.getByRole('button', { name: 'Hide check unknown-action' }).click();
  await expect.poll(() => unknownActionMarkers(page)).toEqual([]);
  await expect(entry).toHaveCount(0);
  await expect(seed.getByRole('img', { name: 'Valid' })).toBeVisible();
  await expect(statementCard(page, 1).getByRole('list', { name: /Findings/ })).toHaveCount(0);
  expect(
    await page.evaluate(() => localStorage.getItem('iam-policy-studio:hidden-lint-codes')),
  ).toBe('["unknown-action"]');

  await panel.getByText('Hidden checks (1)').click();
  await panel.getByRole('button', { name: 'Show check unknown-action' }).click();
  await expect.poll(() => unknownActionMarkers(page)).toHaveLength(1);
  await expect(entry).toBeVisible();
});
