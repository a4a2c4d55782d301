import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './support/axe.ts';
import { recordLongTasks } from './support/long-tasks.ts';
import { requestRows, simulator } from './support/requests.ts';
import { callHook, openStudio, placeCursor, policyList, SEED_TEXT } from './support/studio.ts';
import { PERFORMANCE } from './support/performance.ts';

const compareView = (page: Page) => page.getByRole('region', { name: 'Compare versions' });
const verdict = (page: Page) => compareView(page).locator('[data-verdict]');
const newAccess = (page: Page) =>
  compareView(page).getByRole('region', { name: 'New access', exact: true });

/**
 * Waits until Monaco holds `policyId`'s text. Selecting a policy closes the compare view, and the
 * editor mounted again gets its model only in a later render: written before, text lands nowhere.
 */
const editorShows = (page: Page, policyId: string) =>
  expect.poll(() => callHook(page, 'getModelUri')).toBe(`inmemory://policies/${policyId}.json`);

const AFTER_LAST_ACTION =
  SEED_TEXT.indexOf('"s3:DeleteAccessPointPolicy"') + '"s3:DeleteAccessPointPolicy"'.length;

test(
  'an edit, what it grants, and one of its examples decided by the simulator',
  PERFORMANCE,
  async ({ page }) => {
    await openStudio(page);
    await placeCursor(page, AFTER_LAST_ACTION);
    await page.keyboard.type(', "s3:GetObject"');
    await expect.poll(() => callHook(page, 'getValue')).toContain('"s3:GetObject"');

    const stop = await recordLongTasks(page);
    await page.getByRole('button', { name: 'What does this grant?' }).click();
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'new-access');
    const longTasks = await stop();

    // Monaco's diff: the version opened on the left, read-only, and the edited policy on the right.
    const diffEditor = compareView(page).getByTestId('policy-diff-editor');
    await expect(diffEditor.locator('.editor.original')).toContainText(
      's3:DeleteAccessPointPolicy',
    );
    await expect(diffEditor.locator('.editor.modified')).toContainText('s3:GetObject');

    const example = newAccess(page)
      .getByRole('listitem')
      .filter({ has: page.getByText('s3:GetObject', { exact: true }) });
    await expect(example).toHaveCount(1);
    await expect(newAccess(page).getByRole('heading', { name: 's3', exact: true })).toBeVisible();
    // The seed policy's condition holds in the example: MFA was used.
    await expect(example).toContainText('aws:MultiFactorAuthPresent = true');
    await expect(example.locator('[data-side="old"]')).toContainText('Implicit deny');
    await expect(example.locator('[data-side="new"]')).toContainText('Allowed');
    await expect(example.locator('[data-side="new"]')).toContainText('"VisualEditor0" (Allow)');
    await page.screenshot({ path: '/tmp/diff-grant.png' });

    const rowsBefore = await requestRows(page).count();
    await example.getByRole('button', { name: 'Open in simulator' }).click();
    await expect(requestRows(page)).toHaveCount(rowsBefore + 1);
    const opened = requestRows(page).last();
    await expect(opened).toHaveAttribute('aria-current', 'true');
    await expect(opened).toContainText('s3:GetObject');
    await expect(opened).toContainText('Allowed');
    await expect(simulator(page).getByRole('region', { name: 'Explanation' })).toContainText(
      'VisualEditor0',
    );
    await page.screenshot({ path: '/tmp/diff-simulator.png' });

    // Reviewed: later edits are compared with the text as it is now, which grants nothing new.
    await compareView(page).getByRole('button', { name: 'Mark as reviewed' }).click();
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'equivalent');
    await expect(
      compareView(page).getByRole('button', { name: 'Mark as reviewed' }),
    ).toBeDisabled();

    // The diff ran in the worker: the page never held the main thread for over 100 ms of CPU.
    expect(longTasks.filter((task) => task.cpuMs > 100)).toEqual([]);
  },
);

test('two policies of the workspace compared, and the comparison closed', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openStudio(page);
  await policyList(page).getByLabel('Add policy').selectOption('identity');
  await page.evaluate(() =>
    window.__iamStudio?.setValue(
      JSON.stringify(
        {
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Action: 's3:PutBucketLogging', Resource: 'arn:aws:s3:::*' },
            { Effect: 'Deny', Action: 's3:DeleteAccessPointPolicy', Resource: '*' },
          ],
        },
        null,
        2,
      ),
    ),
  );
  await page.getByLabel('Compare with').selectOption({ label: 'VisualEditor0 example' });
  await expect(compareView(page)).toContainText('compared with VisualEditor0 example');
  // Without the MFA condition logging is granted to more requests; the Deny takes one away.
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'both');
  await expect(newAccess(page)).toContainText('s3:PutBucketLogging');
  const removed = compareView(page).getByRole('region', { name: 'Removed access', exact: true });
  await expect(removed).toContainText('s3:DeleteAccessPointPolicy');
  await expect(removed.locator('[data-side="new"]').first()).toContainText('Explicit deny');
  await page.screenshot({ path: '/tmp/diff-policies.png' });
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('radio', { name: 'Dark' }).click();
  await page.screenshot({ path: '/tmp/diff-policies-dark.png' });
  expect(await seriousViolations(page)).toEqual([]);

  // The right side is the policy itself: emptied there, it cannot be read, and the answer says where.
  await compareView(page).locator('.editor.modified .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'unknown');
  await expect(compareView(page).getByRole('region', { name: 'Not decided' })).toContainText(
    'new policy, line 1, column 1',
  );
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'both');

  await compareView(page).getByRole('button', { name: 'Close' }).click();
  await expect(compareView(page)).toBeHidden();
  await expect(page.getByRole('region', { name: 'Policy editor' })).toBeVisible();
  // Monaco's diff editor, torn down, left nothing that throws.
  expect(errors).toEqual([]);
});

test('an edit decided alone grants more; in the workspace a boundary still refuses it, and the example opens as asked', async ({
  page,
}) => {
  const alice = 'arn:aws:iam::111122223333:user/alice';
  await openStudio(page);
  await page.getByLabel('Attached to (principals)').fill(alice);
  await page.getByLabel('Attached to (principals)').blur();
  await placeCursor(page, AFTER_LAST_ACTION);
  await page.keyboard.type(', "s3:GetObject"');
  await policyList(page).getByLabel('Add policy').selectOption('permissions-boundary');
  await editorShows(page, 'permissions-boundary');
  await page.evaluate(() =>
    window.__iamStudio?.setValue(
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:PutBucketLogging","s3:GetObject"],"Resource":"*"}]}',
    ),
  );
  await policyList(page).getByText('VisualEditor0 example').click();
  await page.getByRole('button', { name: 'What does this grant?' }).click();
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'new-access');
  // Alone the example is asked by a caller of the diff's own; opened, by alice whom it is attached to.
  await newAccess(page).getByRole('button', { name: 'Open in simulator' }).first().click();
  await expect(requestRows(page).last()).toContainText('Allowed');

  await compareView(page).getByLabel('Decided by').selectOption('workspace');
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'new-access');
  await expect(newAccess(page)).toContainText(alice);
  await expect(newAccess(page)).not.toContainText('diffwitness/diffwitness:');
  // Decided by the workspace's policies: the edited statement, which the diff editor can show.
  const decidedNow = newAccess(page).locator('[data-side="new"]');
  await expect(decidedNow.getByRole('button', { name: '"VisualEditor0" (Allow)' })).toBeVisible();
  await expect(decidedNow).not.toContainText("caller's own permissions");
  await page.screenshot({ path: '/tmp/diff-workspace.png' });

  // The boundary refuses everything else: with GetObject taken out of it, the edit grants nothing.
  await policyList(page)
    .getByRole('button', { name: /Permissions boundary/ })
    .click();
  await editorShows(page, 'permissions-boundary');
  await page.evaluate(() =>
    window.__iamStudio?.setValue(
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:PutBucketLogging","Resource":"*"}]}',
    ),
  );
  await policyList(page).getByText('VisualEditor0 example').click();
  await page.getByRole('button', { name: 'What does this grant?' }).click();
  await expect(compareView(page).getByLabel('Decided by')).toHaveValue('workspace');
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'equivalent');
});
