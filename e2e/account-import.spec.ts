import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { callHook, openStudio } from './support/studio.ts';

const GAAD = readFileSync(
  new URL('../src/core/account/__fixtures__/gaad.json', import.meta.url),
  'utf8',
);

const header = (page: Page) => page.getByRole('banner');
const importDialog = (page: Page) =>
  page.getByRole('dialog', { name: 'Import a scenario or a policy' });
const identities = (page: Page) => page.getByRole('region', { name: 'Identities' });
const details = (page: Page, name: string) =>
  page.getByRole('region', { name: `Details of ${name}` });

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id} at ${node.target.join(' ')}`),
    );
}

async function openAccount(page: Page) {
  await header(page).getByRole('button', { name: 'Import' }).click();
  await importDialog(page).getByLabel('Paste a scenario or a policy').fill(GAAD);
  await importDialog(page).getByRole('button', { name: 'Open as account' }).click();
  await expect(importDialog(page).getByRole('status').last()).toContainText(
    'Opened the new workspace “Account 123456789012”: 3 users, 3 groups, 1 role',
  );
}

test('a get-account-authorization-details output opens as an account workspace with its identities', async ({
  page,
}) => {
  // Four axe runs over the identities and the account analysis beside them.
  test.setTimeout(60_000);
  await openStudio(page);
  const mine = await callHook(page, 'getValue');

  await openAccount(page);
  // The AWS managed policies the file names but lacks come from the bundled data, said in a note.
  await expect(
    importDialog(page).getByRole('list', { name: 'Account import notes' }),
  ).toContainText('AdministratorAccess');
  await page.screenshot({ path: '/tmp/identities-import.png' });
  // The account's policies are in its workspace: the dialog no longer offers to import them again.
  await expect(importDialog(page).getByRole('button', { name: /^Import \d/ })).toHaveCount(0);
  await importDialog(page).getByRole('button', { name: 'Done' }).click();
  await expect(header(page).getByRole('button', { name: 'Account 123456789012' })).toBeVisible();

  await page.getByRole('tab', { name: 'Identities' }).click();
  const panel = identities(page);
  await expect(panel.getByRole('list', { name: 'Users' }).getByRole('button')).toHaveText([
    'Alice',
    'Bob',
    'Charlie',
  ]);
  await expect(panel.getByRole('list', { name: 'Groups' }).getByRole('button')).toHaveText([
    'Admins',
    'Dev',
    'Finance',
  ]);
  await expect(panel.getByRole('list', { name: 'Roles' }).getByRole('button')).toHaveText([
    'EC2role',
  ]);
  await expect(panel.getByRole('list', { name: 'Root user' })).toBeVisible();

  await panel.getByLabel('Search identities').fill('char');
  await expect(panel.getByRole('button', { name: 'Alice' })).toBeHidden();
  await panel.getByRole('button', { name: 'Charlie' }).click();
  const charlie = details(page, 'Charlie');
  await expect(charlie).toContainText('Groups');
  await expect(charlie).toContainText('Dev');
  const reaching = charlie.getByRole('list', { name: 'Policies reaching Charlie' });
  await expect(reaching.getByRole('listitem')).toHaveText([
    'ListBuckets inline',
    'PowerUserAccess through group Dev',
    'PowerUserAccess permissions boundary',
  ]);
  await reaching.getByRole('button', { name: 'ListBuckets' }).click();
  await expect.poll(() => callHook(page, 'getValue')).toContain('s3:ListAllMyBuckets');
  // The policy opened in the editor, on the Policies tab: back to the identities.
  await page.getByRole('tab', { name: 'Identities' }).click();

  await panel.getByLabel('Search identities').fill('');
  await panel.getByRole('button', { name: 'EC2role' }).click();
  const assumers = details(page, 'EC2role').getByRole('list', { name: 'Who can assume it' });
  await expect(assumers).toHaveText(/Service: ec2\.amazonaws\.com\s*sts:AssumeRole/);
  await page.screenshot({ path: '/tmp/identities-role.png' });

  for (const theme of ['Light', 'Dark']) {
    await page.getByRole('radio', { name: theme }).click();
    await panel.getByRole('button', { name: 'Charlie' }).click();
    expect(await seriousViolations(page), `${theme}, a user`).toEqual([]);
    await panel.getByRole('button', { name: 'EC2role' }).click();
    expect(await seriousViolations(page), `${theme}, a role`).toEqual([]);
  }
  await page.screenshot({ path: '/tmp/identities-dark.png' });

  // The workspace open before the import is kept as it was.
  await header(page).getByRole('button', { name: 'Workspaces' }).click();
  await page.getByRole('menu').getByRole('menuitem', { name: 'My workspace', exact: true }).click();
  await expect.poll(() => callHook(page, 'getValue')).toBe(mine);
  await expect(page.getByRole('tab', { name: 'Identities' })).toHaveCount(0);
});

test('at 1024 px the identities fit beside the editor', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openStudio(page);
  await openAccount(page);
  await importDialog(page).getByRole('button', { name: 'Close' }).click();
  await page.getByRole('tab', { name: 'Identities' }).click();
  await identities(page).getByRole('button', { name: 'Bob' }).click();
  await expect(details(page, 'Bob')).toContainText('AdministratorAccess');
  await page.screenshot({ path: '/tmp/identities-1024.png' });
});
