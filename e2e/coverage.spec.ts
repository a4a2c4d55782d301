import { expect, test, type Page } from '@playwright/test';
import { simulator, requestRows } from './support/requests.ts';
import { callHook, openStudio } from './support/studio.ts';

const READ = { Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' };
const WRITE = { Sid: 'Write', Effect: 'Allow', Action: 's3:PutObject', Resource: '*' };
const POLICY = JSON.stringify({ Version: '2012-10-17', Statement: [READ, WRITE] }, null, 2);
const WRITE_TEXT = JSON.stringify(WRITE, null, 2).replaceAll('\n', '\n    ');

const JOURNEY = new URL('./fixtures/cloudtrail-journey.json', import.meta.url).pathname;
const NEVER = { Sid: 'Never', Effect: 'Allow', Action: 'ec2:RunInstances', Resource: '*' };

const coverage = (page: Page) =>
  simulator(page).getByRole('region', { name: 'Statement coverage' });
const dimmed = (page: Page) => page.locator('.monaco-editor .iam-unused-statement');

/** The policy of two statements and one request (the default s3:GetObject) that only Read allows. */
async function readOnlyRequests(page: Page) {
  await openStudio(page);
  await page.evaluate((text) => window.__iamStudio?.setValue(text), POLICY);
  await simulator(page).getByRole('button', { name: 'Add a request' }).click();
  await simulator(page).getByLabel('Action', { exact: true }).fill('s3:GetObject');
  await expect(requestRows(page).first()).toContainText('Allowed');
}

test('requests using one of two statements: 50%, the other listed and dimmed in the editor', async ({
  page,
}) => {
  await readOnlyRequests(page);
  // Nothing is dimmed while the coverage is not shown.
  await expect(dimmed(page)).toHaveCount(0);
  await simulator(page).getByRole('tab', { name: 'Coverage' }).click();

  const policy = coverage(page).getByRole('listitem').first();
  await expect(policy.getByLabel('Coverage')).toHaveText('50%');
  await expect(policy).toContainText('1 of 2 statements decided a request');
  const neverUsed = policy.getByRole('list', { name: 'Never used' }).getByRole('button');
  await expect(neverUsed).toHaveText(['Statement 2 · Write · Allow']);
  await expect(dimmed(page).first()).toBeVisible();
  await expect(dimmed(page).filter({ hasText: 's3:PutObject' })).toHaveCount(1);
  await expect(dimmed(page).filter({ hasText: 's3:GetObject' })).toHaveCount(0);
  await page.screenshot({ path: '/tmp/coverage-50.png' });

  // A click selects the statement in the editor.
  await neverUsed.click();
  await expect.poll(() => callHook(page, 'getSelectedText')).toBe(WRITE_TEXT);

  // The matrix (s3:GetObject and s3:PutObject by default) counted too: both used.
  await coverage(page)
    .getByRole('checkbox', { name: /Matrix/ })
    .check();
  await expect(policy.getByLabel('Coverage')).toHaveText('100%');
  await expect(policy.getByRole('list', { name: 'Never used' })).toHaveCount(0);
  await expect(dimmed(page)).toHaveCount(0);
  await page.screenshot({ path: '/tmp/coverage-100.png' });

  // Back on the requests, the editor is no longer dimmed.
  await coverage(page)
    .getByRole('checkbox', { name: /Matrix/ })
    .uncheck();
  await expect(dimmed(page).first()).toBeVisible();
  await simulator(page).getByRole('tab', { name: 'Requests' }).click();
  await expect(dimmed(page)).toHaveCount(0);
});

test('the replayed CloudTrail calls count too: the statement no call used is listed', async ({
  page,
}) => {
  await openStudio(page);
  const text = JSON.stringify({ Version: '2012-10-17', Statement: [READ, WRITE, NEVER] }, null, 2);
  await page.evaluate((policy) => window.__iamStudio?.setValue(policy), text);
  await page.getByRole('banner').getByRole('button', { name: 'CloudTrail' }).click();
  const cloudTrail = page.getByRole('region', { name: 'CloudTrail', exact: true });
  await cloudTrail
    .locator('label', { hasText: 'Choose files' })
    .locator('input[type="file"]')
    .setInputFiles(JOURNEY);
  await expect(cloudTrail.getByRole('status', { name: 'Replay outcome' })).toBeVisible();
  await page.getByRole('region', { name: 'Policies' }).getByRole('button').first().click();

  await simulator(page).getByRole('tab', { name: 'Coverage' }).click();
  const source = coverage(page).getByRole('checkbox', { name: /CloudTrail calls/ });
  await expect(source).toBeChecked();
  const policy = coverage(page).getByRole('listitem').first();
  // Alice's GetObject and PutObject calls were allowed by Read and Write; nothing ran an instance.
  await expect(policy.getByLabel('Coverage')).toHaveText('66.7%');
  const neverUsed = policy.getByRole('list', { name: 'Never used' }).getByRole('button');
  await expect(neverUsed).toHaveText(['Statement 3 · Never · Allow']);
  await expect(dimmed(page).filter({ hasText: 'ec2:RunInstances' })).toHaveCount(1);
  await page.screenshot({ path: '/tmp/coverage-cloudtrail.png' });

  await source.uncheck();
  await expect(policy.getByLabel('Coverage')).toHaveText('0%');
  await expect(neverUsed).toHaveCount(3);
});
