import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  callHook,
  openStudio,
  placeCursor,
  policyList,
  SEED_TEXT,
  visualEditor,
} from './support/studio.ts';
import { addTwoRequests, requestRows, simulator } from './support/requests.ts';
import { largePolicyText } from './support/typing.ts';

const header = (page: Page) => page.getByRole('banner');
async function shareLink(page: Page, readOnly = false): Promise<string> {
  await header(page).getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this scenario' });
  if (readOnly) await dialog.getByLabel(/Read-only link/).check();
  const link = await dialog.getByRole('textbox', { name: 'Share link' }).inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return link;
}

/** Opens `url` in a new browser context: another browser, with none of this one's storage. */
async function openElsewhere(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.getByRole('heading', { name: 'IAM Policy Studio' })).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => window.__iamStudio?.getValue() ?? null))
    .not.toBeNull();
  return page;
}

test('a share link opens the same scenario and decisions in another browser', async ({
  page,
  browser,
}) => {
  await openStudio(page);
  await page.evaluate(
    (text) => window.__iamStudio?.setValue(text),
    SEED_TEXT.replace('"VisualEditor0"', '"Shared"'),
  );
  await addTwoRequests(page);
  const link = await shareLink(page);
  expect(link).toMatch(/^http:\/\/localhost:\d+\/#s=1\.[A-Za-z0-9_-]+$/);

  const other = await openElsewhere(browser, link);
  expect(await callHook(other, 'getValue')).toBe(await callHook(page, 'getValue'));
  await expect(requestRows(other)).toHaveText(await requestRows(page).allTextContents());
  await expect(
    other.getByRole('status').filter({ hasText: 'Opened a shared scenario' }),
  ).toBeVisible();
  // The link is read once: a reload shows the saved workspace, not the link again.
  await expect.poll(() => other.evaluate(() => window.location.hash)).toBe('');
  await other.context().close();
});

test('a reload keeps the work, including an edit typed just before it', async ({ page }) => {
  await openStudio(page);
  await addTwoRequests(page);
  const end = SEED_TEXT.indexOf('VisualEditor0') + 'VisualEditor0'.length;
  await placeCursor(page, end);
  await page.keyboard.type('Typed');
  await page.reload();

  await expect
    .poll(() => page.evaluate(() => window.__iamStudio?.getValue() ?? null))
    .toContain('"Sid": "VisualEditor0Typed"');
  await expect(requestRows(page)).toHaveCount(2);
  await expect(requestRows(page).first()).toContainText('s3:PutBucketLogging');
});

test('a large policy is saved packed, by the worker, and a reload brings it back exactly', async ({
  page,
}) => {
  await openStudio(page);
  const text = largePolicyText(3200);
  await page.evaluate((value) => window.__iamStudio?.setValue(value), text);
  const stored = () =>
    page.evaluate(() => {
      const id = localStorage.getItem('iam-policy-studio:last-workspace');
      return localStorage.getItem(`iam-policy-studio:workspace-scenario:${id}`) ?? '';
    });
  await expect.poll(stored, { timeout: 30_000 }).toContain('\nzlib,base64url:');
  // A thirtieth of the text: the browser's quota holds many such workspaces, not one.
  expect((await stored()).length).toBeLessThan(text.length / 20);
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => window.__iamStudio?.getValue() ?? null), { timeout: 30_000 })
    .toBe(text);
});

test('a workspace saved by the previous version opens, and is saved in the new layout', async ({
  page,
}) => {
  const document = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Sid: 'FromBefore', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
  });
  const scenario = {
    format: 'iam-policy-studio/scenario@1',
    policies: [{ id: 'old', type: 'identity', document }],
    requests: [
      {
        principal: 'arn:aws:iam::111122223333:user/alice',
        action: 's3:GetObject',
        resource: 'arn:aws:s3:::reports/q1.csv',
      },
    ],
  };
  // Before the revision had a key of its own, a workspace was one JSON record.
  const record = {
    id: 'legacy',
    name: 'Before the upgrade',
    savedAt: '2026-01-01T00:00:00.000Z',
    revision: 3,
    savedBy: 'old-tab',
    scenarioText: JSON.stringify(scenario),
  };
  await page.addInitScript((saved) => {
    if (localStorage.getItem('iam-policy-studio:last-workspace')) return;
    localStorage.setItem('iam-policy-studio:workspace:legacy', saved);
    localStorage.setItem(
      'iam-policy-studio:workspaces',
      JSON.stringify([{ id: 'legacy', name: 'Before the upgrade', savedAt: '2026-01-01' }]),
    );
    localStorage.setItem('iam-policy-studio:last-workspace', 'legacy');
  }, JSON.stringify(record));
  await openStudio(page);
  expect(await callHook(page, 'getValue')).toBe(document);
  await expect(requestRows(page).first()).toContainText('Allowed');

  await simulator(page).getByRole('button', { name: 'Add request' }).click();
  await expect(requestRows(page)).toHaveCount(2);
  await expect
    .poll(() =>
      page.evaluate(() => localStorage.getItem('iam-policy-studio:workspace-meta:legacy')),
    )
    .toContain('"revision":4');
  expect(
    await page.evaluate(() => localStorage.getItem('iam-policy-studio:workspace:legacy')),
  ).toBeNull();
  await page.reload();
  await expect(requestRows(page)).toHaveCount(2);
  expect(await callHook(page, 'getValue')).toBe(document);
});

/** Opens the app at a share link of `payload`; returns the banner that explains the failure. */
async function openBrokenLink(page: Page, payload: string) {
  await page.goto(`./#s=${payload}`);
  // Only the fragment changed, which does not load the page again.
  await page.reload();
  const alert = page.getByRole('alert').filter({ hasText: 'The shared link could not be opened' });
  await expect(alert).toBeVisible();
  return alert;
}

test('a damaged or unknown link says so, and the app still works', async ({ page }) => {
  await openStudio(page);
  const link = await shareLink(page);
  const payload = link.slice(link.indexOf('#s=') + 3);
  const middle = Math.floor(payload.length / 2);
  const tampered =
    payload.slice(0, middle) + (payload[middle] === 'A' ? 'B' : 'A') + payload.slice(middle + 1);

  await expect(await openBrokenLink(page, payload.slice(0, -6))).toContainText(
    'cut short or changed',
  );
  await expect(await openBrokenLink(page, tampered)).toContainText('cut short or changed');
  const newer = await openBrokenLink(page, `9.${payload.slice(2)}`);
  await expect(newer).toContainText('made by a newer version');
  expect(await callHook(page, 'getValue')).toBe(SEED_TEXT);

  await newer.getByRole('button', { name: 'Dismiss' }).click();
  await expect(newer).toBeHidden();
  await placeCursor(page, SEED_TEXT.indexOf('VisualEditor0') + 'VisualEditor0'.length);
  await page.keyboard.type('Still');
  await expect.poll(() => callHook(page, 'getValue')).toContain('"VisualEditor0Still"');
});

test('a template from the gallery becomes a new policy in the editor', async ({ page }) => {
  await openStudio(page);
  await header(page).getByRole('button', { name: 'Templates' }).click();
  const gallery = page.getByRole('dialog', { name: 'Start from a template' });
  await gallery.getByRole('tab', { name: 'Trust policies' }).click();
  await gallery
    .getByRole('listitem', { name: 'Trust an AWS service' })
    .getByRole('button', { name: 'Use' })
    .click();
  await expect(gallery).toBeHidden();

  await expect(
    policyList(page).getByRole('button', { name: /Trust an AWS service/ }),
  ).toHaveAttribute('aria-current', 'true');
  await expect.poll(() => callHook(page, 'getValue')).toContain('"Service": "ec2.amazonaws.com"');
  await expect(policyList(page)).toContainText('VisualEditor0 example');
});

test('the Terraform export holds the policy as written', async ({ page }) => {
  await openStudio(page);
  await header(page).getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('tab', { name: 'Terraform' }).click();
  const block = await dialog.getByLabel('Terraform').textContent();
  expect(block).toMatch(/^resource "aws_iam_policy" "\w+" \{/);
  const indented = SEED_TEXT.split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
  expect(block).toContain(indented);
});

test('a read-only link shows the scenario, changes nothing, and offers to edit a copy', async ({
  page,
  browser,
}) => {
  await openStudio(page);
  await addTwoRequests(page);
  const link = await shareLink(page, true);
  expect(link).toMatch(/&view$/);

  const other = await openElsewhere(browser, link);
  const editCopy = other.getByRole('button', { name: 'Edit a copy' });
  await expect(editCopy).toBeVisible();
  const editableRows = await requestRows(page).allTextContents();
  await expect(requestRows(other)).toHaveText(editableRows.map((row) => row.replace('↑↓⧉✕', '')));

  await placeCursor(other, SEED_TEXT.indexOf('VisualEditor0') + 'VisualEditor0'.length);
  await other.keyboard.type('Nope');
  expect(await callHook(other, 'getValue')).toBe(SEED_TEXT);
  await expect(visualEditor(other).getByRole('button', { name: /Add statement/ })).toBeDisabled();
  await expect(simulator(other).getByLabel('Action', { exact: true })).toBeDisabled();
  await expect(simulator(other).getByRole('button', { name: 'Add request' })).toHaveCount(0);
  await expect(simulator(other).getByRole('button', { name: /Delete request/ })).toHaveCount(0);
  await expect(other.getByLabel('Add policy')).toHaveCount(0);

  await editCopy.click();
  await expect(editCopy).toBeHidden();
  await placeCursor(other, SEED_TEXT.indexOf('VisualEditor0') + 'VisualEditor0'.length);
  await other.keyboard.type('Mine');
  await expect.poll(() => callHook(other, 'getValue')).toContain('"VisualEditor0Mine"');
  await expect(simulator(other).getByLabel('Action', { exact: true })).toBeEnabled();
  await expect(simulator(other).getByRole('button', { name: 'Add request' })).toBeVisible();
  await expect(other.getByLabel('Add policy')).toBeVisible();
  await other.context().close();
});

test('named workspaces: create, rename, switch and delete, and a link never replaces one', async ({
  page,
}) => {
  await openStudio(page);
  await header(page).getByRole('button', { name: 'My workspace' }).click();
  await header(page).getByLabel('Workspace name').fill('Alpha');
  await header(page).getByLabel('Workspace name').press('Enter');
  await placeCursor(page, SEED_TEXT.indexOf('VisualEditor0') + 'VisualEditor0'.length);
  await page.keyboard.type('Alpha');
  const alphaText = await callHook(page, 'getValue');
  const link = await shareLink(page);

  const menu = page.getByRole('menu');
  await header(page).getByRole('button', { name: 'Workspaces' }).click();
  await menu.getByRole('menuitem', { name: 'New workspace' }).click();
  await expect(header(page).getByRole('button', { name: 'Untitled workspace' })).toBeVisible();
  await expect.poll(() => callHook(page, 'getValue')).not.toContain('VisualEditor0');

  await header(page).getByRole('button', { name: 'Workspaces' }).click();
  await menu.getByRole('menuitem', { name: 'Alpha', exact: true }).click();
  await expect.poll(() => callHook(page, 'getValue')).toBe(alphaText);

  page.once('dialog', (dialog) => void dialog.accept());
  await header(page).getByRole('button', { name: 'Workspaces' }).click();
  await menu.getByRole('menuitem', { name: 'Delete workspace Untitled workspace' }).click();
  await expect(menu.getByRole('menuitem', { name: 'Untitled workspace' })).toHaveCount(0);

  // The same browser opens the link as a workspace of its own; Alpha is still there.
  await page.goto(link);
  await page.reload();
  await expect(header(page).getByRole('button', { name: 'Shared scenario' })).toBeVisible();
  await header(page).getByRole('button', { name: 'Workspaces' }).click();
  await menu.getByRole('menuitem', { name: 'Alpha', exact: true }).click();
  await expect.poll(() => callHook(page, 'getValue')).toBe(alphaText);
});

test('import a scenario file as a workspace, and a pasted policy into the open one', async ({
  page,
}) => {
  await openStudio(page);
  const scenarioText = readFileSync(new URL('../examples/mfa-read-reports.json', import.meta.url));
  const requestCount = (JSON.parse(scenarioText.toString()) as { requests: unknown[] }).requests
    .length;

  await header(page).getByRole('button', { name: 'Import' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a scenario or a policy' });
  await dialog.locator('input[type="file"]').setInputFiles({
    name: 'mfa-read-reports.json',
    mimeType: 'application/json',
    buffer: scenarioText,
  });
  await expect(dialog).toBeHidden();
  await expect(header(page).getByRole('button', { name: 'mfa-read-reports' })).toBeVisible();
  await expect(requestRows(page)).toHaveCount(requestCount);
  // The file gives the document as JSON, which the app shows as text.
  await expect.poll(() => callHook(page, 'getValue')).toContain('"Sid": "ReadReports"');

  await header(page).getByRole('button', { name: 'Import' }).click();
  await dialog.getByLabel('Paste a scenario or a policy').fill(SEED_TEXT);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(policyList(page).getByRole('button', { name: /Imported policy/ })).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect.poll(() => callHook(page, 'getValue')).toBe(SEED_TEXT);
});

test('a second tab on the same workspace follows what the first one saves', async ({ page }) => {
  await openStudio(page);
  const second = await page.context().newPage();
  await openStudio(second);

  await placeCursor(page, SEED_TEXT.indexOf('VisualEditor0') + 'VisualEditor0'.length);
  await page.keyboard.type('FromTabOne');
  await expect.poll(() => callHook(second, 'getValue')).toContain('"VisualEditor0FromTabOne"');
  await expect(second.getByRole('alert').filter({ hasText: 'another tab' })).toHaveCount(0);
});

test('two tabs editing the same workspace at once: one is told, and keeps its edit until it chooses', async ({
  page,
}) => {
  await openStudio(page);
  const second = await page.context().newPage();
  await openStudio(second);
  // Both edits (a paste, say) are waiting to be saved when the first save lands in the other tab.
  const edit = (tab: Page, sid: string) =>
    tab.evaluate(
      (text) => window.__iamStudio?.setValue(text),
      SEED_TEXT.replace('VisualEditor0', sid),
    );
  await Promise.all([edit(page, 'VisualEditor0One'), edit(second, 'VisualEditor0Two')]);

  const conflict = (tab: Page) => tab.getByRole('alert').filter({ hasText: 'another tab' });
  await expect
    .poll(async () => (await conflict(page).count()) + (await conflict(second).count()))
    .toBe(1);
  const [told, other, mine, theirs] =
    (await conflict(page).count()) === 1
      ? [page, second, 'VisualEditor0One', 'VisualEditor0Two']
      : [second, page, 'VisualEditor0Two', 'VisualEditor0One'];
  expect(await callHook(told, 'getValue')).toContain(`"${mine}"`);
  expect(await callHook(other, 'getValue')).toContain(`"${theirs}"`);

  await conflict(told).getByRole('button', { name: 'Load the other tab’s version' }).click();
  await expect(conflict(told)).toHaveCount(0);
  await expect.poll(() => callHook(told, 'getValue')).toContain(`"${theirs}"`);
});

test('after a scenario replaces the open one, Ctrl+Z does not bring back the old text', async ({
  page,
}) => {
  await openStudio(page);
  await placeCursor(page, SEED_TEXT.indexOf('VisualEditor0') + 'VisualEditor0'.length);
  await page.keyboard.type('Old');
  await expect.poll(() => callHook(page, 'getValue')).toContain('"VisualEditor0Old"');

  // A scenario whose policy has the seed's id, so the editor keeps the same Monaco model.
  const replacement = SEED_TEXT.replace('VisualEditor0', 'Replacement');
  const scenario = {
    format: 'iam-policy-studio/scenario@1',
    policies: [{ id: 'visual-editor-0', type: 'identity', document: replacement }],
    requests: [],
  };
  await header(page).getByRole('button', { name: 'Import' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a scenario or a policy' });
  await dialog.locator('input[type="file"]').setInputFiles({
    name: 'same-id.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(scenario)),
  });
  await expect(dialog).toBeHidden();
  await expect.poll(() => callHook(page, 'getValue')).toBe(replacement);

  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+z');
  await page.keyboard.press('ControlOrMeta+z');
  expect(await callHook(page, 'getValue')).toBe(replacement);
});
