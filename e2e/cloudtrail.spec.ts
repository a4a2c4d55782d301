import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'fflate';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { seriousViolations } from './support/axe.ts';
import { requestRows } from './support/requests.ts';
import { openStudio, policyList, waitForEditor } from './support/studio.ts';

const JOURNEY = new URL('./fixtures/cloudtrail-journey.json', import.meta.url).pathname;
const S3_NOTIFICATION = readFileSync(
  new URL('../src/core/cloudtrail/__fixtures__/s3-notification.json', import.meta.url),
);
const ATHENA_CSV = readFileSync(
  new URL('../src/core/cloudtrail/__fixtures__/athena.csv', import.meta.url),
);
const ALICE = 'arn:aws:iam::111122223333:user/alice';
const DEPLOY = 'arn:aws:iam::111122223333:role/deploy';

/** Whether a select is drawn narrower than its options need, cutting the chosen one off. */
const narrowerThanItsText = (select: Locator) =>
  select.evaluate((node) => {
    const free = node.cloneNode(true) as HTMLSelectElement;
    Object.assign(free.style, { position: 'absolute', width: 'auto', maxWidth: 'none' });
    node.after(free);
    const needed = free.getBoundingClientRect().width;
    free.remove();
    return node.getBoundingClientRect().width < needed - 0.5;
  });

/**
 * Whether the element's text is wider than its box, so cut off or running over, by as little as
 * a fraction of a pixel (which scrollWidth, rounded, does not show, and an ellipsis does).
 */
const overflowing = (element: Locator) =>
  element.evaluate((node) => {
    const text = document.createRange();
    text.selectNodeContents(node);
    return text.getBoundingClientRect().width > node.getBoundingClientRect().width;
  });

const policyText = (actions: string[]) =>
  JSON.stringify(
    { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }] },
    null,
    2,
  );

const cloudTrailView = (page: Page) =>
  page.getByRole('region', { name: 'CloudTrail', exact: true });
const replayOutcome = (page: Page) =>
  cloudTrailView(page).getByRole('status', { name: 'Replay outcome' });
const replayRow = (page: Page, caller: string, action: string) =>
  cloudTrailView(page)
    .getByTestId('replay-row')
    .filter({ hasText: caller })
    .filter({ has: page.getByRole('button', { name: action, exact: true }) });

async function setPolicy(page: Page, actions: string[]) {
  await waitForEditor(page);
  await page.evaluate((text) => window.__iamStudio?.setValue(text), policyText(actions));
}

async function chooseLogs(page: Page, files: Parameters<Page['setInputFiles']>[1]) {
  await page.getByRole('banner').getByRole('button', { name: 'CloudTrail' }).click();
  await cloudTrailView(page)
    .locator('label', { hasText: 'Choose files' })
    .locator('input[type="file"]')
    .setInputFiles(files);
}

test('CloudTrail journey: logs dropped, replayed by caller and action, a call explained and added as a request, the replay rerun after an edit, least privilege generated, proven and opened', async ({
  page,
}) => {
  await openStudio(page);
  await setPolicy(page, ['s3:GetObject', 's3:ListAllMyBuckets']);
  await chooseLogs(page, JOURNEY);

  const summary = cloudTrailView(page).getByRole('status', { name: 'Logs summary' });
  await expect(summary).toContainText('10 events in 1 file');
  await expect(summary).toContainText('1 duplicate counted once');
  await expect(summary).toContainText('90 % mapped');
  await expect(
    cloudTrailView(page).getByRole('region', { name: 'Events not mapped' }),
  ).toContainText(
    'madeup.amazonaws.com DoThing (1 event): unknown event source madeup.amazonaws.com',
  );

  // Alice's two PutObject and the deploy role's UpdateFunctionCode succeeded; the policy denies them.
  await expect(replayOutcome(page)).toHaveText(
    'These policies would break 3 calls that succeeded.',
  );
  await expect(page.getByRole('banner').getByRole('button', { name: 'CloudTrail' })).toContainText(
    '3 would break',
  );
  await expect(replayRow(page, ALICE, 's3:GetObject')).toContainText('3');
  const putRow = replayRow(page, ALICE, 's3:PutObject');
  await expect(putRow.getByRole('cell')).toHaveText([ALICE, 's3:PutObject', '0', '0', '2', '2']);

  // The row's calls, and why the first one (the most telling) is denied now.
  await putRow.getByRole('button', { name: 's3:PutObject' }).click();
  const rowCalls = cloudTrailView(page).getByRole('region', { name: 'Calls of the row' });
  await expect(rowCalls.getByTestId('cloudtrail-call').first()).toHaveAttribute(
    'aria-current',
    'true',
  );
  const why = rowCalls.getByRole('region', { name: 'Why', exact: true });
  await expect(why.getByTestId('explanation-headline')).toContainText('denied');
  await expect(why).toContainText(`${ALICE} · s3:PutObject on arn:aws:s3:::reports/q2.csv`);
  await page.screenshot({ path: '/tmp/ui-cloudtrail-replay.png' });
  await why.scrollIntoViewIfNeeded();
  await cloudTrailView(page).screenshot({ path: '/tmp/ui-cloudtrail-why.png' });
  expect(await seriousViolations(page)).toEqual([]);

  // Add as requests: the simulator's request table gets the call's request.
  await rowCalls.getByRole('checkbox').first().check();
  await rowCalls.getByRole('button', { name: 'Add as requests' }).click();
  await expect(rowCalls.getByRole('status')).toHaveText('Added 1 request to the simulator.');
  await expect(requestRows(page).last()).toContainText('s3:PutObject');
  await expect(requestRows(page).last()).toContainText('Implicit deny');

  // Edit the policy: the replay reruns and nothing breaks any more.
  await cloudTrailView(page).getByRole('button', { name: 'Back to the editor' }).click();
  await setPolicy(page, [
    's3:GetObject',
    's3:PutObject',
    's3:ListAllMyBuckets',
    'lambda:UpdateFunctionCode',
  ]);
  await page.getByRole('banner').getByRole('button', { name: 'CloudTrail' }).click();
  await expect(replayOutcome(page)).toHaveText(
    'Every call replayed ends as CloudTrail recorded it: these policies break none of them.',
  );
  await expect(putRow.getByRole('cell')).toHaveText([ALICE, 's3:PutObject', '2', '0', '0', '0']);

  // Least privilege for Alice, proven, beside what today's policy grants her.
  const generate = cloudTrailView(page).getByRole('region', { name: 'Least privilege' });
  await generate.getByLabel('Caller').selectOption(ALICE);
  await generate.getByRole('button', { name: 'Generate least privilege' }).click();
  await expect(generate.getByRole('status', { name: 'Proof outcome' })).toHaveText(
    'Proven: replayed the 6 successful mapped events against this policy alone, all allowed; lint found nothing above a suggestion.',
  );
  // Alice's 7th successful event, DoThing, is not mapped to IAM actions: the caller's choice,
  // the proof and the policy count the same 6 events, and say which were left out.
  await expect(generate.getByRole('option', { selected: true })).toHaveText(
    `${ALICE} (6 successful mapped events)`,
  );
  await expect(generate.getByText('3 statements from the 6 successful mapped events')).toHaveText(
    '3 statements from the 6 successful mapped events; 2 events of the caller left out',
  );
  await generate.getByText('Calls left out and why').click();
  await expect(generate.getByRole('listitem').filter({ hasText: 'DoThing' })).toContainText(
    'madeup.amazonaws.com DoThing (1 event): not mapped to IAM actions',
  );
  expect(await narrowerThanItsText(generate.getByLabel('Caller'))).toBe(false);
  // With the view scrolling (narrower by its scroll bar), a caller's whole ARN still shows in
  // the replay table, wrapped if it must be, and on hover.
  const deployCaller = replayRow(page, DEPLOY, 'lambda:UpdateFunctionCode')
    .getByRole('cell')
    .first();
  await expect(deployCaller).toHaveText(DEPLOY);
  await expect(deployCaller).toHaveAttribute('title', DEPLOY);
  expect(await overflowing(deployCaller)).toBe(false);
  expect(
    await overflowing(replayRow(page, DEPLOY, 'lambda:UpdateFunctionCode').getByRole('button')),
  ).toBe(false);
  const generated = JSON.parse(
    (await generate.getByLabel('Generated policy').textContent()) ?? '',
  ) as { Statement: { Action: string | string[]; Resource: string | string[] }[] };
  expect(generated.Statement.flatMap((s) => s.Action).sort()).toEqual([
    's3:GetObject',
    's3:ListAllMyBuckets',
    's3:PutObject',
  ]);
  // Today's policy grants lambda:UpdateFunctionCode to every principal: Alice never used it.
  await expect(
    generate.getByRole('region', { name: 'Granted and never used' }).getByTestId('unused-service'),
  ).toContainText(['lambda: 1 action never used of 1 granted, never used in this window']);
  await page.screenshot({ path: '/tmp/ui-cloudtrail-generate.png', fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);
  await generate.getByRole('region', { name: 'Proof' }).scrollIntoViewIfNeeded();
  await cloudTrailView(page).screenshot({ path: '/tmp/ui-cloudtrail-proof.png' });

  await generate.getByRole('button', { name: 'Open as new policy' }).click();
  await expect(
    policyList(page).getByRole('button', { name: /Least privilege for alice/ }),
  ).toBeVisible();
  const opened = JSON.parse(await page.evaluate(() => window.__iamStudio?.getValue() ?? ''));
  expect(opened).toEqual(JSON.parse(JSON.stringify(generated)));
  await page.screenshot({ path: '/tmp/ui-cloudtrail-opened.png' });
  // Back in the view, the comparison says it was made with the policies before.
  await page.getByRole('banner').getByRole('button', { name: 'CloudTrail' }).click();
  await expect(generate.getByRole('status').first()).toHaveText(
    'The policies have changed since: generate again to compare with them.',
  );
});

test('bad files are listed with their reasons, the rest is read, and text from the logs stays text', async ({
  page,
}) => {
  await openStudio(page);
  const record = JSON.parse(readFileSync(JOURNEY, 'utf8')).Records[0];
  const markup = '<img src=x onerror="window.pwned=1">';
  const hostile = { ...record, eventID: 'hostile', eventName: markup };
  const lines = `${JSON.stringify(record)}\n{"eventVersion": "1.09", "eventSource": \n${JSON.stringify(hostile)}\n`;
  await chooseLogs(page, [
    { name: 'shipped.jsonl', mimeType: 'application/json', buffer: Buffer.from(lines) },
    { name: 'notification.json', mimeType: 'application/json', buffer: S3_NOTIFICATION },
  ]);
  const problems = cloudTrailView(page).getByRole('region', { name: 'Problems in the logs' });
  await expect(problems.getByTestId('cloudtrail-issue')).toHaveText([
    /^notification\.json:3: an Amazon S3 event notification .*not a CloudTrail record$/,
    'shipped.jsonl:2: line 2: the record ends before its closing brackets',
  ]);
  await expect(cloudTrailView(page).getByRole('status', { name: 'Logs summary' })).toContainText(
    '2 events in 2 files',
  );
  await expect(
    cloudTrailView(page).getByRole('region', { name: 'Events not mapped' }),
  ).toContainText(`s3.amazonaws.com ${markup} (1 event)`);
  await expect(cloudTrailView(page).locator('img')).toHaveCount(0);
  expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
  await problems.scrollIntoViewIfNeeded();
  await cloudTrailView(page).screenshot({ path: '/tmp/ui-cloudtrail-bad-files.png' });
});

test('a whole folder of logs (gzip in a subfolder, the Athena CSV) is read by the folder picker, and dropped files are read', async ({
  page,
}) => {
  const folder = test.info().outputPath('trail');
  mkdirSync(join(folder, '2026', '11'), { recursive: true });
  writeFileSync(join(folder, '2026', '11', 'journey.json.gz'), gzipSync(readFileSync(JOURNEY)));
  writeFileSync(join(folder, 'athena.csv'), ATHENA_CSV);
  await openStudio(page);
  await page.getByRole('banner').getByRole('button', { name: 'CloudTrail' }).click();
  await cloudTrailView(page)
    .locator('label', { hasText: 'Choose a folder' })
    .locator('input[type="file"]')
    .setInputFiles(folder);
  const summary = cloudTrailView(page).getByRole('status', { name: 'Logs summary' });
  // The CSV's rows stand for their event_count each: 3 + 1 + ... as the aggregation counted them.
  await expect(summary).toContainText('in 2 files');
  const events = Number(
    (await summary.textContent())?.match(/^([\d,]+) events/)?.[1]?.replace(',', ''),
  );
  expect(events).toBeGreaterThan(10);
  await expect(replayOutcome(page)).toBeVisible();
  await expect(replayRow(page, ALICE, 's3:PutObject')).toBeVisible();

  // Dropped files: the journey's log alone.
  const journey = readFileSync(JOURNEY, 'utf8');
  await cloudTrailView(page)
    .getByTestId('cloudtrail-drop-zone')
    .evaluate((zone, text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      zone.dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
    }, journey);
  await expect(summary).toContainText('10 events in 1 file');
  await cloudTrailView(page).screenshot({ path: '/tmp/ui-cloudtrail-dropped.png' });
  // The view in the dark theme, with the calls that would break and a call explained.
  await page.getByRole('radio', { name: 'Dark' }).click();
  await cloudTrailView(page)
    .getByRole('region', { name: 'Differences from CloudTrail' })
    .getByTestId('cloudtrail-call')
    .first()
    .getByRole('button')
    .click();
  await expect(cloudTrailView(page).getByTestId('explanation-headline')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await cloudTrailView(page).screenshot({ path: '/tmp/ui-cloudtrail-dark.png' });
});
