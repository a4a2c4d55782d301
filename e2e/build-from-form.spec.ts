import { expect, test } from '@playwright/test';
import {
  callHook,
  openStudio,
  policyList,
  SEED_TEXT,
  statementCard,
  visualEditor,
} from './support/studio.ts';

// Issue 4, "done when": the seed's MFA policy built from scratch with the form alone, then
// edited as JSON, and back, with nothing lost.
test('the seed MFA policy built with the form alone, then edited as JSON and back', async ({
  page,
}) => {
  await openStudio(page);
  await policyList(page).getByLabel('Add policy').selectOption('identity');
  await visualEditor(page).getByRole('button', { name: 'Add statement' }).click();
  const card = statementCard(page, 1);
  await expect(card).toBeVisible();

  const commit = async (label: string, value: string) => {
    await card.getByLabel(label, { exact: true }).fill(value);
    await card.getByLabel(label, { exact: true }).press('Enter');
  };
  await commit('Sid', 'VisualEditor0');
  for (const action of [
    's3:PutBucketLogging',
    's3:PutAccessPointConfigurationForObjectLambda',
    's3:DeleteAccessPointPolicy',
  ]) {
    await commit('Add Action', action);
  }
  for (const resource of [
    'arn:aws:s3:*:970698899539:accesspoint/*',
    'arn:aws:s3:::*',
    'arn:aws:s3-object-lambda:*:970698899539:accesspoint/*',
  ]) {
    await commit('Add Resource', resource);
  }
  const condition = card.getByRole('form', { name: 'New condition' });
  await condition.getByLabel('Operator').selectOption('Bool');
  await condition.getByLabel('New condition key').fill('aws:MultiFactorAuthPresent');
  await condition.getByLabel('New condition value').fill('true');
  await condition.getByRole('button', { name: 'Add condition' }).click();

  await expect
    .poll(async () => JSON.parse(await callHook(page, 'getValue')))
    .toEqual(JSON.parse(SEED_TEXT));

  // JSON: change the Sid in the text; the form follows and keeps everything else.
  const built = await callHook(page, 'getValue');
  const edited = built.replace('"VisualEditor0"', '"RequireMfa"');
  await page.evaluate((text) => window.__iamStudio?.setValue(text), edited);
  await expect(card.getByLabel('Sid', { exact: true })).toHaveValue('RequireMfa');
  await expect(card.getByLabel('Resource 3', { exact: true })).toHaveValue(
    'arn:aws:s3-object-lambda:*:970698899539:accesspoint/*',
  );

  // And back: a form edit leaves the JSON edit and every other character as they were.
  await card.getByText('Deny', { exact: true }).click();
  await expect
    .poll(() => callHook(page, 'getValue'))
    .toBe(edited.replace('"Effect": "Allow"', '"Effect": "Deny"'));
});
