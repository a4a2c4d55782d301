import { expect, type Page } from '@playwright/test';

export const simulator = (page: Page) => page.getByRole('region', { name: 'Simulator' });
export const requestRows = (page: Page) => simulator(page).getByTestId('request-row');

/** Two requests on the seed policy: one allowed (with MFA), one implicitly denied. */
export async function addTwoRequests(page: Page) {
  await simulator(page).getByRole('button', { name: 'Add a request' }).click();
  await simulator(page).getByLabel('Action', { exact: true }).fill('s3:PutBucketLogging');
  await simulator(page).getByLabel('Resource', { exact: true }).fill('arn:aws:s3:::logs-bucket');
  await simulator(page).getByRole('button', { name: '+ aws:MultiFactorAuthPresent' }).click();
  await expect(requestRows(page).first()).toContainText('Allowed');
  await simulator(page).getByRole('button', { name: 'Add request' }).click();
  await expect(requestRows(page).nth(1)).toContainText('Implicit deny');
}
