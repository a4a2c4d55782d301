import { expect, test, type Page } from '@playwright/test';
import { openStudio } from './support/studio.ts';

const simulator = (page: Page) => page.getByRole('region', { name: 'Simulator' });
const firstRow = (page: Page) => simulator(page).getByTestId('request-row').first();

/** Adds a request for an action the seed policy allows only with MFA. */
async function addSeedRequest(page: Page) {
  await openStudio(page);
  await simulator(page).getByRole('button', { name: 'Add a request' }).click();
  await simulator(page).getByLabel('Action', { exact: true }).fill('s3:PutBucketLogging');
  await simulator(page).getByLabel('Resource', { exact: true }).fill('arn:aws:s3:::logs-bucket');
  await expect(firstRow(page)).toContainText('s3:PutBucketLogging');
}

test('MFA flips the seed policy request from implicitly denied to allowed', async ({ page }) => {
  await addSeedRequest(page);
  await expect(firstRow(page)).toContainText('Implicit deny');
  await expect(simulator(page).getByTestId('explanation-headline')).toHaveText(
    'Implicitly denied: no statement allows s3:PutBucketLogging on arn:aws:s3:::logs-bucket.',
  );

  await simulator(page).getByRole('button', { name: '+ aws:MultiFactorAuthPresent' }).click();
  await expect(firstRow(page)).toContainText('Allowed');
  await expect(simulator(page).getByRole('region', { name: 'Deciding statements' })).toContainText(
    'Statement VisualEditor0(Allow) in VisualEditor0 example',
  );
});

test('the explanation names the condition that failed', async ({ page }) => {
  await addSeedRequest(page);
  await simulator(page).getByRole('button', { name: '+ aws:MultiFactorAuthPresent' }).click();
  await simulator(page).getByLabel('Value of aws:MultiFactorAuthPresent').selectOption('false');
  await expect(firstRow(page)).toContainText('Implicit deny');
  await expect(simulator(page).getByTestId('why-not').first()).toContainText(
    'Statement VisualEditor0 matched the action and resource, but aws:MultiFactorAuthPresent false is not true',
  );
});

test('an expectation that does not hold shows as failed', async ({ page }) => {
  await addSeedRequest(page);
  await simulator(page).getByLabel('Expected').selectOption('allowed');
  await expect(firstRow(page)).toContainText('Fail');
  await expect(simulator(page).getByRole('status', { name: 'Simulation summary' })).toHaveText(
    '1 request: 0 pass, 1 fail',
  );
  await simulator(page).getByRole('button', { name: '+ aws:MultiFactorAuthPresent' }).click();
  await expect(firstRow(page)).toContainText('Pass');
});

test('the matrix shows a decision per action and resource', async ({ page }) => {
  await addSeedRequest(page);
  await simulator(page).getByRole('button', { name: '+ aws:MultiFactorAuthPresent' }).click();
  await simulator(page).getByRole('tab', { name: 'Matrix' }).click();
  await simulator(page)
    .getByRole('button', { name: "Use the selected request's principal and context" })
    .click();
  await simulator(page).getByLabel('Actions').fill('s3:PutBucketLogging\ns3:GetObject');
  await simulator(page).getByLabel('Resources').fill('arn:aws:s3:::a\narn:aws:s3:::b/key');
  const grid = simulator(page).getByRole('table', { name: 'Decision matrix' });
  await expect(grid.getByRole('row')).toHaveText([
    /Action \\ Resource\s*arn:aws:s3:::a\s*arn:aws:s3:::b\/key/,
    /s3:PutBucketLogging\s*Allowed\s*Allowed/,
    /s3:GetObject\s*Implicit deny\s*Implicit deny/,
  ]);
});

test('the explanation details the statements that apply, and loads the others on request', async ({
  page,
}) => {
  await addSeedRequest(page);
  const unrelated = ['ec2', 'iam', 'kms'].map((service) => ({
    Sid: `No${service}`,
    Effect: 'Deny',
    Action: `${service}:*`,
    Resource: '*',
  }));
  const document = JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Sid: 'Logging', Effect: 'Allow', Action: 's3:PutBucketLogging', Resource: '*' },
      ...unrelated,
    ],
  });
  await page.evaluate((text) => window.__iamStudio?.setValue(text), document);
  await expect(firstRow(page)).toContainText('Allowed');
  await simulator(page).getByText('4 statements checked').click();
  await expect(simulator(page).getByText('Statement Logging (Allow) applies')).toBeVisible();
  await expect(simulator(page).getByText('Statement Noec2 (Deny) does not apply')).toHaveCount(0);
  await simulator(page)
    .getByRole('button', { name: 'Show 3 other statements that do not apply' })
    .click();
  await expect(simulator(page).getByText('Statement Noec2 (Deny) does not apply')).toBeVisible();
  await expect(simulator(page).getByText('Statement Nokms (Deny) does not apply')).toBeVisible();
});
