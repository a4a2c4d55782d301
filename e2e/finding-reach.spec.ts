import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './support/axe.ts';
import { requestRows, simulator } from './support/requests.ts';
import { callHook, openStudio, placeCursor } from './support/studio.ts';

// The counts the service reference bundled with the app gives, read from its files here.
const LEVELS = { L: 'List', R: 'Read', W: 'Write', P: 'Permissions management', T: 'Tagging' };
type Level = keyof typeof LEVELS;

function levelsOf(prefix: string): Record<Level, number> {
  const file = new URL(`../src/core/catalog/data/services/${prefix}.json`, import.meta.url);
  const { a: actions } = JSON.parse(readFileSync(file, 'utf8')) as { a: [string, Level][] };
  const counts: Record<Level, number> = { L: 0, R: 0, W: 0, P: 0, T: 0 };
  for (const [, level] of actions) counts[level] += 1;
  return counts;
}

function grantsText(counts: Record<Level, number>): string {
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  const levels = (Object.keys(LEVELS) as Level[])
    .filter((level) => counts[level] > 0)
    .map((level) => `${counts[level].toLocaleString('en-US')} ${LEVELS[level]}`);
  return `Grants ${total.toLocaleString('en-US')} actions: ${levels.join(', ')}`;
}

const POLICY = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "Reports",
      "Effect": "Allow",
      "Action": "s3:GetObject",
      "Resource": "*"
    }
  ]
}`;

/** Types over `GetObject` so that the statement allows every S3 action. */
async function typeWildcard(page: Page) {
  const end = POLICY.indexOf('GetObject') + 'GetObject'.length;
  await placeCursor(page, end);
  for (let step = 0; step < 'GetObject'.length; step++)
    await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.type('*');
  await expect.poll(() => callHook(page, 'getValue')).toContain('"s3:*"');
}

test('a wildcard finding shows what the statement grants, and its example opens allowed in the simulator', async ({
  page,
}) => {
  await openStudio(page);
  await page.evaluate((text) => window.__iamStudio?.setValue(text), POLICY);
  await typeWildcard(page);

  await page.getByRole('button', { name: 'Findings' }).click();
  const panel = page.getByRole('region', { name: 'Findings' });
  await expect(panel.locator('[data-code="wildcard-action"]')).toBeVisible();
  // Shown once for the statement, under the first of its findings that say it is broad.
  const reach = panel.getByTestId('finding-reach');
  await expect(reach).toHaveCount(1);
  await expect(reach).toContainText(grantsText(levelsOf('s3')));
  // The example is of the most powerful level the statement grants.
  await expect(reach).toContainText('(Permissions management)');
  const action = (await reach.textContent())?.match(/e\.g\. (s3:\w+) on /)?.[1];
  expect(action).toBeDefined();
  await page.screenshot({ path: '/tmp/reach-finding.png' });
  expect(await seriousViolations(page)).toEqual([]);

  const rowsBefore = await requestRows(page).count();
  const open = reach.getByRole('button', { name: 'Open in simulator' });
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(requestRows(page)).toHaveCount(rowsBefore + 1);
  const opened = requestRows(page).last();
  await expect(opened).toHaveAttribute('aria-current', 'true');
  await expect(opened).toContainText(action!);
  await expect(opened).toContainText('Allowed');
  await expect(simulator(page).getByRole('region', { name: 'Explanation' })).toContainText(
    'Reports',
  );
  await page.screenshot({ path: '/tmp/reach-simulator.png' });
});

test('NotAction: the count spans every other service, and the example opens allowed', async ({
  page,
}) => {
  await openStudio(page);
  await page.evaluate(
    (text) => window.__iamStudio?.setValue(text),
    POLICY.replace('"Action": "s3:GetObject"', '"NotAction": "iam:*"'),
  );
  await page.getByRole('button', { name: 'Findings' }).click();
  const reach = page.getByRole('region', { name: 'Findings' }).getByTestId('finding-reach').first();
  await expect(reach).toContainText(/Grants [\d,]+ actions of \d+ services: /, { timeout: 20_000 });
  const rowsBefore = await requestRows(page).count();
  await reach.getByRole('button', { name: 'Open in simulator' }).click();
  await expect(requestRows(page)).toHaveCount(rowsBefore + 1);
  await expect(requestRows(page).last()).not.toContainText('iam:');
  await expect(requestRows(page).last()).toContainText('Allowed');
});

test('past the first ten broad statements, what one grants is worked out when asked', async ({
  page,
}) => {
  await openStudio(page);
  const statements = Array.from({ length: 11 }, (_, at) => ({
    Sid: `Queue${at + 1}`,
    Effect: 'Allow',
    Action: 'sqs:*',
    Resource: '*',
  }));
  await page.evaluate(
    (text) => window.__iamStudio?.setValue(text),
    JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2),
  );
  await page.getByRole('button', { name: 'Findings' }).click();
  const panel = page.getByRole('region', { name: 'Findings' });
  const sqs = grantsText(levelsOf('sqs'));
  await expect(panel.getByTestId('finding-reach').filter({ hasText: sqs })).toHaveCount(10);
  const ask = panel.getByRole('button', { name: 'What does statement 11 grant?' });
  await ask.click();
  await expect(panel.getByTestId('finding-reach').filter({ hasText: sqs })).toHaveCount(11);
});
