import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './support/axe.ts';
import { callHook, openStudio } from './support/studio.ts';
import { openPastedAccount } from './support/account.ts';

/** AWS's documented example output: Alice and Bob in Admins, Bob's inline Deny, Charlie a power user. */
const GAAD = readFileSync(
  new URL('../src/core/account/__fixtures__/gaad.json', import.meta.url),
  'utf8',
);

const identities = (page: Page) => page.getByRole('region', { name: 'Identities' });
const whatCan = (page: Page) =>
  page.getByRole('region', { name: 'Account analysis' }).getByRole('region', {
    name: 'What it can do',
  });

async function openAccount(page: Page) {
  await openPastedAccount(page, GAAD, '3 users');
  await page.getByRole('tab', { name: 'Identities' }).click();
}

test("what a user can do: an admin's inline Deny takes IAM and billing away, its statement opens in the editor", async ({
  page,
}) => {
  await openStudio(page);
  await openAccount(page);
  await identities(page).getByRole('button', { name: 'Bob' }).click();
  const view = whatCan(page);
  // AdministratorAccess through Admins reaches every service; DenyBillingAndIAMPolicy denies
  // aws-portal:* and iam:* on every resource.
  const iam = view.getByRole('rowgroup', { name: 'Identity And Access Management' });
  await expect(iam.getByText('None: Permissions management')).toBeVisible();
  await expect(iam).not.toContainText('Full');
  await expect(iam).not.toContainText('Limited');
  await expect(view.getByRole('rowgroup', { name: 'AWS Billing Console' })).toContainText(
    'None: Write',
  );
  await expect(view.getByRole('rowgroup', { name: /^Every other service \(\d+\)$/ })).toContainText(
    'Full accessAll resources',
  );

  const list = iam.getByRole('row').filter({ hasText: 'None: List' });
  await list.getByRole('button', { name: /Show the 2 statements/ }).click();
  const statements = iam.getByRole('list', { name: 'Deciding statements' });
  await expect(statements.getByRole('button')).toHaveText([
    'Allow · AdministratorAccess · Statement 1',
    'Deny · Bob/DenyBillingAndIAMPolicy · Statement 1',
  ]);
  await page.screenshot({ path: '/tmp/whatcan-bob.png' });
  for (const theme of ['Dark', 'Light']) {
    await page.getByRole('radio', { name: theme }).click();
    expect(await seriousViolations(page), theme).toEqual([]);
    await page.screenshot({ path: `/tmp/whatcan-bob-${theme.toLowerCase()}.png` });
  }

  await statements.getByRole('button', { name: /^Deny/ }).click();
  await expect.poll(() => callHook(page, 'getValue')).toContain('"aws-portal:*"');
});

test("what a power user can do: Charlie's PowerUserAccess gives all of S3 and only some of IAM", async ({
  page,
}) => {
  await openStudio(page);
  await openAccount(page);
  await identities(page).getByRole('button', { name: 'Charlie' }).click();
  const view = whatCan(page);
  await expect(view.getByRole('rowgroup', { name: 'Amazon S3' })).toContainText('Full access');
  const iam = view.getByRole('rowgroup', { name: 'Identity And Access Management' });
  await expect(iam.getByRole('row').filter({ hasText: 'Limited: List' })).toContainText(
    /\d+ of \d+ actions/,
  );
  await expect(iam.getByText('None: Permissions management')).toBeVisible();
  await page.screenshot({ path: '/tmp/whatcan-charlie.png', fullPage: true });
});
