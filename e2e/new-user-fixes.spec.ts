import { expect, test, type Page } from '@playwright/test';
import {
  callHook,
  openStudio,
  policyList,
  problemsStatus,
  statementCard,
  statementsInEditor,
} from './support/studio.ts';

// Issue 14's smaller defects a new user hit, each as the user met it in the browser.

const FULL_AWS_ACCESS = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "*",
      "Resource": "*"
    }
  ]
}`;

async function addPolicy(page: Page, type: string, text: string) {
  await policyList(page).getByLabel('Add policy').selectOption(type);
  await page.evaluate((value) => window.__iamStudio?.setValue(value), text);
  await expect.poll(() => callHook(page, 'getValue')).toBe(text);
}

test("AWS's FullAWSAccess SCP gets no wildcard findings: an SCP grants nothing by itself", async ({
  page,
}) => {
  await openStudio(page);
  // The same text as an identity policy does get them, so the check below can fail.
  await addPolicy(page, 'identity', FULL_AWS_ACCESS);
  await expect(problemsStatus(page)).toHaveText(/^[1-9]\d* problems?/);

  // An empty Sid adds one suggestion, so the status can only read this once this text is checked.
  await addPolicy(page, 'scp', FULL_AWS_ACCESS.replace('"Effect"', '"Sid": "",\n      "Effect"'));
  await expect(problemsStatus(page)).toHaveText('No problems, 1 suggestion');
});

test('a Sid typed in the form becomes the statement’s first key, as the console writes it', async ({
  page,
}) => {
  await openStudio(page);
  await addPolicy(
    page,
    'identity',
    JSON.stringify(
      {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
      },
      null,
      2,
    ),
  );
  const sid = statementCard(page, 1).getByLabel('Sid', { exact: true });
  await sid.fill('ReadObjects');
  await sid.press('Enter');
  await expect
    .poll(async () => Object.keys((await statementsInEditor(page))[0] ?? {}))
    .toEqual(['Sid', 'Effect', 'Action', 'Resource']);
});

test('the ARN builder closes once its ARN is added', async ({ page }) => {
  await openStudio(page);
  await addPolicy(
    page,
    'identity',
    JSON.stringify(
      { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject' }] },
      null,
      2,
    ),
  );
  const card = statementCard(page, 1);
  // The statement lacks a Resource: its finding lands above the button, so wait for it, or the
  // click could hit the place the button has just left (as in action-picker.spec.ts).
  await expect(card.getByRole('list', { name: 'Findings of statement 1' })).toBeVisible();
  await card.getByRole('button', { name: 'Build ARN…' }).click();
  const builder = card.getByRole('dialog', { name: 'ARN builder' });
  await builder.getByLabel('Resource type').selectOption({ label: 's3 object' });
  await builder.getByRole('textbox', { name: 'Bucket name' }).fill('reports');
  await builder.getByRole('textbox', { name: 'Object name' }).fill('*');
  await builder.getByRole('button', { name: 'Add ARN' }).click();
  await expect(builder).toHaveCount(0);
  await expect
    .poll(async () => (await statementsInEditor(page))[0]?.Resource)
    .toBe('arn:aws:s3:::reports/*');
});

test('a first click on a button of a statement not selected yet does what it says', async ({
  page,
}) => {
  await openStudio(page);
  // The seed's statement is taller than the form's pane and not selected. The press selects it,
  // which used to scroll the card between mousedown and mouseup: the click went elsewhere.
  const card = statementCard(page, 1);
  await expect(card).not.toHaveAttribute('aria-current', 'true');
  await card.getByRole('button', { name: 'Build ARN…' }).click();
  await expect(card.getByRole('dialog', { name: 'ARN builder' })).toBeVisible();
  await expect(card).toHaveAttribute('aria-current', 'true');

  await card.getByRole('button', { name: 'Close ARN builder' }).click();
  // The cursor before the first statement: none is selected.
  await page.evaluate(() => window.__iamStudio?.setCursorOffset(0));
  await expect(card).not.toHaveAttribute('aria-current', 'true');
  await card.getByRole('button', { name: 'Add actions…' }).click();
  await expect(card.getByRole('dialog', { name: 'Action picker' })).toBeVisible();
});

test('the "Deleted … Undo" notice goes at the next action, and by itself after a while', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await openStudio(page);
  const settings = policyList(page).getByRole('group', { name: 'Policy settings' });
  const deleted = policyList(page).getByRole('status', { name: 'Deleted policy' });

  await policyList(page).getByLabel('Add policy').selectOption('identity');
  await settings.getByRole('button', { name: 'Delete' }).click();
  await expect(deleted).toBeVisible();
  await policyList(page).getByLabel('Add policy').selectOption('identity');
  await expect(deleted).toHaveCount(0);

  await settings.getByRole('button', { name: 'Delete' }).click();
  await expect(deleted).toBeVisible();
  await page.mouse.move(0, 0);
  await expect(deleted).toHaveCount(0, { timeout: 20_000 });
});
