import { expect, test } from '@playwright/test';
import {
  callHook,
  openStudio,
  placeCursor,
  policyList,
  SEED_TEXT,
  statementCard,
} from './support/studio.ts';
import { largePolicyText } from './support/typing.ts';

const EMPTY_POLICY = '{\n  "Version": "2012-10-17",\n  "Statement": []\n}';

const listItem = (page: import('@playwright/test').Page, name: RegExp) =>
  policyList(page).getByRole('listitem').filter({ hasText: name });

test('add a policy of a chosen type, rename it, delete it and undo the deletion', async ({
  page,
}) => {
  await openStudio(page);
  await policyList(page).getByLabel('Add policy').selectOption('scp');

  const added = listItem(page, /SCP policy/);
  await expect(added.getByRole('button')).toHaveAttribute('aria-current', 'true');
  await expect(added).toContainText('SCP policy · level 0');
  await expect.poll(() => callHook(page, 'getValue')).toBe(EMPTY_POLICY);
  expect(await callHook(page, 'getModelUri')).toBe('inmemory://policies/scp.json');

  const settings = policyList(page).getByRole('group', { name: 'Policy settings' });
  await settings.getByLabel('Level').fill('2');
  await settings.getByLabel('Level').press('Enter');
  await expect(added).toContainText('level 2');

  await settings.getByLabel('Policy name').fill('<b>Deny regions</b>');
  await settings.getByLabel('Policy name').press('Enter');
  const renamed = listItem(page, /Deny regions/);
  // Names are text: the markup shows as typed and makes no element.
  await expect(renamed).toContainText('<b>Deny regions</b>');
  await expect(policyList(page).locator('b')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Policy editor' })).toContainText(
    '<b>Deny regions</b>',
  );

  await settings.getByRole('button', { name: 'Delete' }).click();
  await expect(renamed).toHaveCount(0);
  await expect(listItem(page, /VisualEditor0 example/).getByRole('button')).toHaveAttribute(
    'aria-current',
    'true',
  );
  const deleted = policyList(page).getByRole('status', { name: 'Deleted policy' });
  await expect(deleted).toContainText('Deleted “<b>Deny regions</b>”');

  await deleted.getByRole('button', { name: 'Undo' }).click();
  await expect(renamed.getByRole('button')).toHaveAttribute('aria-current', 'true');
  await expect(renamed).toContainText('level 2');
  await expect.poll(() => callHook(page, 'getValue')).toBe(EMPTY_POLICY);
});

test('switching policies keeps each one its text, cursor and undo history', async ({ page }) => {
  await openStudio(page);
  await placeCursor(page, SEED_TEXT.indexOf('VisualEditor0') + 'VisualEditor0'.length);
  await page.keyboard.type('A');
  const seedCursor = await callHook(page, 'getCursor');

  await policyList(page).getByLabel('Add policy').selectOption('identity');
  await expect.poll(() => callHook(page, 'getValue')).toBe(EMPTY_POLICY);
  await placeCursor(page, EMPTY_POLICY.indexOf('[') + 1);
  await page.keyboard.type('{}');

  await listItem(page, /VisualEditor0 example/)
    .getByRole('button')
    .click();
  await expect.poll(() => callHook(page, 'getValue')).toContain('"Sid": "VisualEditor0A"');
  expect(await callHook(page, 'getCursor')).toEqual(seedCursor);
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(() => callHook(page, 'getValue')).toBe(SEED_TEXT);

  await policyList(page).getByRole('listitem').nth(1).getByRole('button').click();
  await expect.poll(() => callHook(page, 'getValue')).toContain('[{}]');
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(() => callHook(page, 'getValue')).toBe(EMPTY_POLICY);
});

test('the status dot follows the parser, and duplicate and reorder work', async ({ page }) => {
  await openStudio(page);
  const seed = listItem(page, /VisualEditor0 example/);
  await expect(seed.getByRole('img', { name: 'Valid' })).toBeVisible();
  await page.evaluate(() => window.__iamStudio?.setValue('{ "Version": "2012-10-17" '));
  await expect(seed.getByRole('img', { name: 'Errors' })).toBeVisible();
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(seed.getByRole('img', { name: 'Valid' })).toBeVisible();

  const settings = policyList(page).getByRole('group', { name: 'Policy settings' });
  await settings.getByRole('button', { name: 'Duplicate' }).click();
  const names = policyList(page).getByRole('listitem');
  await expect(names).toHaveCount(2);
  await expect(names.nth(1)).toContainText('VisualEditor0 example (copy)');
  await expect.poll(() => callHook(page, 'getValue')).toBe(SEED_TEXT);
  await expect(statementCard(page, 1).getByLabel('Sid')).toHaveValue('VisualEditor0');

  await settings.getByRole('button', { name: 'Move policy up' }).click();
  await expect(names.first()).toContainText('(copy)');
});

test('the status bar shows the cursor and warns when a policy is over its quota', async ({
  page,
}) => {
  await openStudio(page);
  await placeCursor(page, SEED_TEXT.indexOf('"Effect"'));
  await expect(page.getByTestId('cursor-position')).toHaveText('Ln 6, Col 7');
  await expect(page.getByTestId('status-bar')).not.toContainText('Over');

  const big = JSON.stringify({
    Version: '2012-10-17',
    Statement: Array.from({ length: 40 }, (_, index) => ({
      Sid: `S${index}`,
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: `arn:aws:s3:::bucket-${index}/*`,
    })),
  });
  await page.evaluate((text) => window.__iamStudio?.setValue(text), big);
  const bar = page.getByTestId('status-bar');
  await expect(page.getByTestId('policy-size')).toHaveText(
    `${big.length.toLocaleString('en-US')} characters`,
  );
  await expect(bar).toContainText('Over 2,048 (inline user policy)');
  await expect(bar).not.toContainText('Over 6,144');
});

test('format document and fold statements', async ({ page }) => {
  await openStudio(page);
  const minified = JSON.stringify(JSON.parse(SEED_TEXT));
  await page.evaluate((text) => window.__iamStudio?.setValue(text), minified);
  await page.getByRole('button', { name: 'Format' }).click();
  await expect.poll(() => callHook(page, 'getValue')).toBe(SEED_TEXT);

  const lines = page.locator('.monaco-editor .view-lines');
  await expect(lines).toContainText('s3:PutBucketLogging');
  await page.getByRole('button', { name: 'Fold statements' }).click();
  await expect(lines).not.toContainText('s3:PutBucketLogging');
  await page.getByRole('button', { name: 'Unfold all' }).click();
  await expect(lines).toContainText('s3:PutBucketLogging');
});

test('a text of a million characters or more has no folding, and says so', async ({ page }) => {
  await openStudio(page);
  const folds = page.locator('.monaco-editor .margin .codicon-folding-expanded');
  await expect(folds.first()).toBeAttached();
  const noFolding = page.getByTestId('no-folding');
  await expect(noFolding).toHaveCount(0);

  await page.evaluate((text) => window.__iamStudio?.setValue(text), largePolicyText(3200));
  await expect(noFolding).toHaveText('No folding (large text)');
  await expect(noFolding).toHaveAttribute('title', /1,000,000 characters or more/);
  await expect(page.getByRole('button', { name: 'Fold statements' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Unfold all' })).toBeDisabled();
  await expect(folds).toHaveCount(0);

  await page.evaluate((text) => window.__iamStudio?.setValue(text), largePolicyText(1000));
  await expect(noFolding).toHaveCount(0);
  await expect(folds.first()).toBeAttached();
  await expect(page.getByRole('button', { name: 'Unfold all' })).toBeEnabled();
});
