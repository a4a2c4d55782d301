import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './support/axe.ts';
import { recordLongTasks } from './support/long-tasks.ts';
import { callHook, openStudio } from './support/studio.ts';
import { PERFORMANCE } from './support/performance.ts';

const fixture = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
/** AWS's documented example output: Alice and Bob admins, Charlie a power user, one EC2 role. */
const GAAD = fixture('../src/core/account/__fixtures__/gaad.json');
/** dana may change her own policy and assume deploy, which may assume data-admin. */
const CHAIN_GAAD = fixture('./fixtures/escalation-gaad.json');

const importDialog = (page: Page) =>
  page.getByRole('dialog', { name: 'Import a scenario or a policy' });
const identities = (page: Page) => page.getByRole('region', { name: 'Identities' });
const analysis = (page: Page) => page.getByRole('region', { name: 'Account analysis' });

/** Imports a get-account-authorization-details output from a file and opens it as an account. */
async function openAccountFile(page: Page, text: string, opened: string) {
  await page.getByRole('banner').getByRole('button', { name: 'Import' }).click();
  await importDialog(page)
    .locator('input[type="file"]')
    .setInputFiles({ name: 'gaad.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await importDialog(page).getByRole('button', { name: 'Open as account' }).click();
  await expect(importDialog(page).getByRole('status').last()).toContainText(opened);
  await importDialog(page).getByRole('button', { name: 'Done' }).click();
  await page.getByRole('tab', { name: 'Identities' }).click();
  await expect(analysis(page)).toBeVisible();
}

test('an account: what a user can do, and who can an action', async ({ page }) => {
  await openStudio(page);
  await openAccountFile(page, GAAD, '3 users, 3 groups, 1 role');

  await expect(analysis(page).getByRole('tab', { name: 'What it can do' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(analysis(page)).toContainText('Select a user or a role');
  await identities(page).getByRole('button', { name: 'Charlie' }).click();
  const whatCan = analysis(page).getByRole('region', { name: 'What it can do' });
  // Charlie's group gives PowerUserAccess, his boundary is PowerUserAccess: no IAM, all of S3.
  await expect(whatCan.getByRole('rowgroup', { name: 'Amazon S3' })).toContainText('Full access');
  // PowerUserAccess allows a few IAM actions (service-linked roles, listing roles) and no more.
  await expect(
    whatCan.getByRole('rowgroup', { name: 'Identity And Access Management' }),
  ).not.toContainText('Full');
  await page.screenshot({ path: '/tmp/shell-what-can.png' });

  await analysis(page).getByRole('tab', { name: 'Who can…' }).click();
  await analysis(page).getByLabel('Action').fill('aws-portal:ViewBilling');
  await analysis(page).getByRole('button', { name: 'Find who can' }).click();
  const answer = analysis(page).getByRole('region', { name: 'Who can: the answer' });
  await expect(answer.getByRole('status')).toHaveText(
    '2 principals can aws-portal:ViewBilling on every resource:',
  );
  // Bob is an admin too, but his inline policy denies aws-portal:*.
  const principals = answer.getByRole('list', { name: 'Principals who can' });
  await expect(principals.locator(':scope > li').filter({ hasText: 'Alice' })).toHaveCount(1);
  await expect(principals).not.toContainText('Bob');

  await analysis(page).getByLabel('Action').fill('s3:GetObjct');
  await analysis(page).getByRole('button', { name: 'Find who can' }).click();
  await expect(analysis(page).getByRole('alert')).toHaveText(
    's3 has no action “GetObjct”: did you mean s3:GetObject?',
  );
});

test('an account with a chain of roles and an escalation path, each statement opening in the editor', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openStudio(page);
  await openAccountFile(page, CHAIN_GAAD, '2 users, 1 group, 2 roles');

  await analysis(page).getByRole('tab', { name: 'Who can…' }).click();
  await analysis(page).getByLabel('Action').fill('s3:DeleteBucket');
  await analysis(page).getByLabel('Resource (optional)').fill('arn:aws:s3:::reports');
  await analysis(page).getByRole('button', { name: 'Find who can' }).click();
  const principals = analysis(page).getByRole('list', { name: 'Principals who can' });
  const dana = principals
    .getByRole('listitem')
    .filter({ hasText: 'arn:aws:iam::111122223333:user/dana' });
  await expect(dana.getByLabel('Roles assumed')).toHaveText('through deploy → data-admin');
  await expect(principals.locator(':scope > li')).toHaveCount(3);
  await page.screenshot({ path: '/tmp/shell-who-can.png' });

  await dana.getByRole('button', { name: 'dana-self-service · AssumeDeploy' }).click();
  await expect(page.getByRole('tab', { name: 'Policies' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect.poll(() => callHook(page, 'getValue')).toContain('"Sid": "AssumeDeploy"');
  await expect(page.locator('.iam-hovered-element').first()).toBeVisible();
  await page.screenshot({ path: '/tmp/shell-statement-open.png' });

  await page.getByRole('tab', { name: 'Identities' }).click();
  await analysis(page).getByRole('tab', { name: 'Escalations' }).click();
  await identities(page).getByRole('button', { name: 'dana', exact: true }).click();
  await analysis(page).getByRole('button', { name: 'Find escalation paths' }).click();
  const paths = analysis(page).getByRole('region', { name: 'Escalation paths' });
  await expect(paths.getByRole('group', { name: 'Paths of dana' })).toContainText('iam-001');
  await page.screenshot({ path: '/tmp/shell-escalations.png', fullPage: true });

  for (const theme of ['Light', 'Dark']) {
    await page.getByRole('radio', { name: theme }).click();
    for (const tab of ['What it can do', 'Who can…', 'Escalations']) {
      await analysis(page).getByRole('tab', { name: tab }).click();
      if (tab === 'What it can do') {
        await identities(page).getByRole('button', { name: 'dana', exact: true }).click();
        await expect(analysis(page).getByRole('region', { name: 'What it can do' })).toBeVisible();
      }
      expect(await seriousViolations(page), `${theme}, ${tab}`).toEqual([]);
      await page.screenshot({
        path: `/tmp/shell-${theme.toLowerCase()}-${tab.split(' ')[0]!.toLowerCase()}.png`,
      });
    }
  }
});

/** A get-account-authorization-details output of about 5 MB: 1,500 roles, each with an inline policy. */
function largeAccountText(): string {
  const account = JSON.parse(CHAIN_GAAD) as { RoleDetailList: Record<string, unknown>[] };
  const [role] = account.RoleDetailList;
  const roles = Array.from({ length: 1500 }, (_, i) => ({
    ...role,
    RoleName: `service-${i}`,
    RoleId: `AROA${String(i).padStart(17, '0')}`,
    Arn: `arn:aws:iam::111122223333:role/service-${i}`,
    RolePolicyList: [
      {
        PolicyName: 'Tables',
        PolicyDocument: {
          Version: '2012-10-17',
          Statement: Array.from({ length: 8 }, (_, s) => ({
            Sid: `Table${s}`,
            Effect: 'Allow',
            Action: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query'],
            Resource: `arn:aws:dynamodb:us-east-1:111122223333:table/service-${i}-${s}`,
          })),
        },
      },
    ],
  }));
  return JSON.stringify({ ...account, RoleDetailList: roles }, null, 2);
}

test(
  'the preview of a 5 MB account file holds the main thread under 100 ms at a time',
  PERFORMANCE,
  async ({ page }) => {
    test.setTimeout(120_000);
    const text = largeAccountText();
    expect(text.length).toBeGreaterThan(5_000_000);
    await openStudio(page);
    await page.getByRole('banner').getByRole('button', { name: 'Import' }).click();
    // Given by its path: a buffer would be decoded from base64 by Playwright in the page itself.
    const file = test.info().outputPath('large.json');
    writeFileSync(file, text);
    const stop = await recordLongTasks(page);
    await importDialog(page).locator('input[type="file"]').setInputFiles(file);
    // Looked for by a plain query: a role query walks the 1,500 listed policies in the page itself.
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('button')].some((b) => b.textContent === 'Open as account'),
      null,
      { polling: 250, timeout: 60_000 },
    );
    const tasks = await stop();
    const longest = Math.max(0, ...tasks.map((task) => task.cpuMs));
    const figure = `${(text.length / 1e6).toFixed(1)} MB preview: ${tasks.length} long tasks, longest ${longest.toFixed(0)} ms CPU`;
    test.info().annotations.push({ type: 'long tasks', description: figure });
    console.log(figure);
    expect(longest).toBeLessThan(100);
  },
);

/** The chain fixture with `count` more users like dana, each allowed to change her own policy. */
function manyDanas(count: number): string {
  const account = JSON.parse(CHAIN_GAAD) as {
    UserDetailList: Record<string, unknown>[];
    Policies: { PolicyVersionList: { Document: unknown }[] }[];
  };
  const [dana] = account.UserDetailList;
  const users = Array.from({ length: count }, (_, i) => ({
    ...dana,
    UserName: `dev${i}`,
    UserId: `AIDA${String(i).padStart(17, '0')}`,
    Arn: `arn:aws:iam::111122223333:user/dev${i}`,
  }));
  return JSON.stringify({ ...account, UserDetailList: [...account.UserDetailList, ...users] });
}

/**
 * Watches the analysis view for its progress bar, keeping each value shown, and clicks Cancel as
 * soon as it shows when `cancel`: the analysis of a few thousand principals takes about a second,
 * too short for the test's polling to catch reliably.
 */
async function watchProgress(page: Page, cancel: boolean) {
  await page.evaluate((cancelAtOnce) => {
    const seen: string[] = [];
    (window as unknown as { seenProgress: string[] }).seenProgress = seen;
    const panel = document.querySelector('section[aria-label="Account analysis"]')!;
    let cancelled = false;
    new MutationObserver(() => {
      const bar = panel.querySelector('progress[value]');
      if (!bar) return;
      seen.push(`${bar.getAttribute('value')} of ${bar.getAttribute('max')}`);
      if (cancelAtOnce && !cancelled) {
        cancelled = true;
        [...panel.querySelectorAll('button')].find((b) => b.textContent === 'Cancel')?.click();
      }
    }).observe(panel, { subtree: true, childList: true, attributes: true });
  }, cancel);
  return () => page.evaluate(() => (window as unknown as { seenProgress: string[] }).seenProgress);
}

test(
  'the escalation analysis of a larger account shows its progress and can be cancelled',
  PERFORMANCE,
  async ({ page }) => {
    test.setTimeout(240_000);
    await openStudio(page);
    await openAccountFile(page, manyDanas(3000), '3002 users');
    await analysis(page).getByRole('tab', { name: 'Escalations' }).click();
    // Plain CSS from here: a role query walks the 3,000 identities listed, in the page itself.
    const panel = page.locator('section[aria-label="Account analysis"]');
    let seen = await watchProgress(page, true);
    await panel.locator('button', { hasText: 'Find escalation paths' }).click();
    await expect(panel.locator('[role="status"]').first()).toHaveText('Cancelled.', {
      timeout: 60_000,
    });
    expect((await seen()).at(0)).toMatch(/^\d+ of 3004$/);
    await expect(panel).not.toContainText('escalation paths for');

    seen = await watchProgress(page, false);
    const stop = await recordLongTasks(page);
    await panel.locator('button', { hasText: 'Analyse again' }).click();
    await page.screenshot({ path: '/tmp/shell-escalations-running.png' });
    // Waited for by the page's own textContent: Playwright's text matching would walk the 3,000
    // paths' elements in the page itself, and be counted as the page's long tasks.
    await page.waitForFunction(
      () =>
        /\d+ escalation paths for 3002 principals/.test(
          document.querySelector('section[aria-label="Account analysis"]')?.textContent ?? '',
        ),
      null,
      { polling: 250, timeout: 180_000 },
    );
    const tasks = await stop();
    expect(await seen()).not.toEqual([]);
    const figure = `escalations of 3,004 principals: ${tasks.length} long tasks, longest ${Math.max(0, ...tasks.map((task) => task.cpuMs)).toFixed(0)} ms CPU`;
    test.info().annotations.push({ type: 'long tasks', description: figure });
    console.log(figure);
    expect(Math.max(0, ...tasks.map((task) => task.cpuMs))).toBeLessThan(100);
    await page.screenshot({ path: '/tmp/shell-escalations-large.png' });
  },
);
