import { expect, test } from '@playwright/test';
import {
  callHook,
  openStudio,
  placeCursor,
  SEED_TEXT,
  statementCard,
  statementsInEditor,
  visualEditor,
} from './support/studio.ts';

test.beforeEach(async ({ page }) => {
  await openStudio(page);
  await expect(statementCard(page, 1)).toBeVisible();
});

test('a statement added in the form appears in Monaco, the first one left untouched', async ({
  page,
}) => {
  await visualEditor(page).getByRole('button', { name: 'Add statement' }).click();
  await expect(statementCard(page, 2)).toBeVisible();
  await statementCard(page, 2).getByLabel('Add Action').fill('s3:GetObject');
  await statementCard(page, 2).getByLabel('Add Action').press('Enter');

  const text = await callHook(page, 'getValue');
  const firstStatementEnd = SEED_TEXT.lastIndexOf('}\n  ]') + 1;
  expect(text.slice(0, firstStatementEnd)).toBe(SEED_TEXT.slice(0, firstStatementEnd));
  expect((await statementsInEditor(page))[1]).toEqual({
    Effect: 'Allow',
    Action: ['s3:GetObject'],
    Resource: [],
  });
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('"s3:GetObject"');
});

test('typing in Monaco updates the form', async ({ page }) => {
  const sid = statementCard(page, 1).getByLabel('Sid');
  await expect(sid).toHaveValue('VisualEditor0');
  await placeCursor(page, SEED_TEXT.indexOf('VisualEditor0') + 'VisualEditor0'.length);
  await page.keyboard.type('Typed');
  await expect(sid).toHaveValue('VisualEditor0Typed');

  await placeCursor(page, (await callHook(page, 'getValue')).indexOf('"Allow"') + 1);
  for (let step = 0; step < 'Allow'.length; step++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.type('Deny');
  await expect(statementCard(page, 1).getByRole('radio', { name: 'Deny' })).toBeChecked();
});

test('Ctrl+Z in the editor undoes form edits one at a time', async ({ page }) => {
  const card = statementCard(page, 1);
  await card.getByLabel('Sid').fill('RequireMfa');
  await card.getByLabel('Sid').press('Enter');
  await card.getByText('Deny', { exact: true }).click();
  await expect.poll(() => callHook(page, 'getValue')).toContain('"Effect": "Deny"');
  expect(await callHook(page, 'getValue')).toContain('"Sid": "RequireMfa"');

  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(card.getByRole('radio', { name: 'Allow' })).toBeChecked();
  expect(await callHook(page, 'getValue')).toContain('"Sid": "RequireMfa"');

  await page.keyboard.press('ControlOrMeta+z');
  await expect(card.getByLabel('Sid')).toHaveValue('VisualEditor0');
  expect(await callHook(page, 'getValue')).toBe(SEED_TEXT);
});

test('broken JSON disables the form with a banner and keeps the text', async ({ page }) => {
  const afterVersion = SEED_TEXT.indexOf('"2012-10-17",') + '"2012-10-17",'.length;
  await placeCursor(page, afterVersion - 1);
  await page.keyboard.press('Delete');
  const broken = SEED_TEXT.slice(0, afterVersion - 1) + SEED_TEXT.slice(afterVersion);

  const banner = visualEditor(page).getByRole('alert');
  await expect(banner).toContainText('The policy text has an error at line 3');
  await expect(statementCard(page, 1).getByLabel('Sid')).toBeDisabled();
  await expect(statementCard(page, 1).getByLabel('Sid')).toHaveValue('VisualEditor0');
  await expect(visualEditor(page).getByRole('button', { name: 'Add statement' })).toBeDisabled();
  expect(await callHook(page, 'getValue')).toBe(broken);

  await page.keyboard.type(',');
  await expect(banner).toHaveCount(0);
  await expect(statementCard(page, 1).getByLabel('Sid')).toBeEnabled();
  expect(await callHook(page, 'getValue')).toBe(SEED_TEXT);
});

test('a selected card selects its statement in Monaco; the cursor picks the card', async ({
  page,
}) => {
  await visualEditor(page).getByRole('button', { name: 'Add statement' }).click();
  await statementCard(page, 2).getByText('#2').click();
  await expect(statementCard(page, 2)).toHaveAttribute('aria-current', 'true');
  const selected = await callHook(page, 'getSelectedText');
  expect(JSON.parse(selected)).toEqual({ Effect: 'Allow', Action: [], Resource: [] });

  await placeCursor(page, SEED_TEXT.indexOf('s3:PutBucketLogging'));
  await expect(statementCard(page, 1)).toHaveAttribute('aria-current', 'true');
  await expect(statementCard(page, 2)).not.toHaveAttribute('aria-current', 'true');
});

test('the view switch shows JSON alone, the form alone, or both', async ({ page }) => {
  const views = page.getByRole('group', { name: 'Editor view' });
  await views.getByRole('button', { name: 'JSON' }).click();
  await expect(visualEditor(page)).toHaveCount(0);
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible();
  await views.getByRole('button', { name: 'Visual' }).click();
  await expect(visualEditor(page)).toBeVisible();
  await expect(page.locator('.monaco-editor')).toBeHidden();
  // Edits from the form still go through the (hidden) editor's model.
  await visualEditor(page).getByRole('button', { name: 'Add statement' }).click();
  expect(await statementsInEditor(page)).toHaveLength(2);
});
