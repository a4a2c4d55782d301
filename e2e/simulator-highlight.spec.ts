import { expect, test, type Page } from '@playwright/test';
import { callHook, openStudio } from './support/studio.ts';

// These need the policy editor to apply the simulator's decorations (useDecisionDecorations).
const simulator = (page: Page) => page.getByRole('region', { name: 'Simulator' });
const firstRow = (page: Page) => simulator(page).getByTestId('request-row').first();

const DENY_POLICY = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [{ Sid: 'NoLogging', Effect: 'Deny', Action: 's3:PutBucketLogging', Resource: '*' }],
  },
  null,
  2,
);

async function addAllowedRequest(page: Page) {
  await openStudio(page);
  await simulator(page).getByRole('button', { name: 'Add a request' }).click();
  await simulator(page).getByLabel('Action', { exact: true }).fill('s3:PutBucketLogging');
  await simulator(page).getByLabel('Resource', { exact: true }).fill('arn:aws:s3:::logs-bucket');
  await simulator(page).getByRole('button', { name: '+ aws:MultiFactorAuthPresent' }).click();
  await expect(firstRow(page)).toContainText('Allowed');
}

test('the Allow that granted is highlighted green in the editor', async ({ page }) => {
  await addAllowedRequest(page);
  await expect(page.locator('.monaco-editor .iam-decision-allow-line').first()).toBeVisible();
  await expect(page.locator('.monaco-editor .iam-decision-allow-gutter').first()).toBeVisible();
});

test('an explicit Deny in another policy turns the request red and is highlighted', async ({
  page,
}) => {
  await addAllowedRequest(page);
  await page
    .getByRole('region', { name: 'Policies' })
    .getByLabel('Add policy')
    .selectOption('identity');
  await page.evaluate((text) => window.__iamStudio?.setValue(text), DENY_POLICY);
  expect(await callHook(page, 'getValue')).toBe(DENY_POLICY);

  await expect(firstRow(page)).toContainText('Explicit deny');
  await expect(simulator(page).getByTestId('explanation-headline')).toContainText(
    'Explicitly denied by Statement NoLogging',
  );
  // Selecting the request switches the editor to the policy that holds the deciding Deny.
  await page
    .getByRole('region', { name: 'Policies' })
    .getByRole('button', { name: /VisualEditor0 example/ })
    .click();
  await expect.poll(() => callHook(page, 'getValue')).not.toBe(DENY_POLICY);
  await firstRow(page).getByRole('button').first().click();
  await expect.poll(() => callHook(page, 'getValue')).toBe(DENY_POLICY);
  await expect(page.locator('.monaco-editor .iam-decision-deny-line').first()).toBeVisible();
});
