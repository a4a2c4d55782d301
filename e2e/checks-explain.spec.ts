import { expect, test, type Page } from '@playwright/test';
import { encodeShareLink } from '../src/core/scenario/link-codec.ts';
import { SCENARIO_FORMAT, type Scenario } from '../src/core/scenario/model.ts';
import { requestRows, simulator } from './support/requests.ts';
import { callHook, openStudio, placeCursor, problemsStatus } from './support/studio.ts';

const policyText = (statements: unknown[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);

const setText = (page: Page, text: string) =>
  page.evaluate((value) => window.__iamStudio?.setValue(value), text);

const findingsPanel = (page: Page) => page.getByRole('region', { name: 'Findings' });

/** The panel's group headings, "1 error", "2 suggestions", ... as numbers by severity label. */
async function panelCounts(page: Page): Promise<Record<string, number>> {
  const headings = await findingsPanel(page).getByRole('heading').allTextContents();
  return Object.fromEntries(
    headings.map((heading) => {
      const [count, ...label] = heading.split(' ');
      return [label.join(' '), Number(count)];
    }),
  );
}

/** A statement whose findings are two suggestions, for its empty Sid and empty Condition. */
const TWO_SUGGESTIONS = {
  Sid: '',
  Effect: 'Allow',
  Action: ['s3:GetObject'],
  Resource: ['arn:aws:s3:::reports/*'],
  Condition: {},
};

/**
 * With the Findings panel open: the statement above has no problem, and with `element` emptied one
 * error, saying `message`, which the header and the panel both count.
 */
async function expectEmptyArrayError(page: Page, element: 'Action' | 'Resource', message: string) {
  await setText(page, policyText([TWO_SUGGESTIONS]));
  await expect(problemsStatus(page)).toHaveText('No problems, 2 suggestions');
  await expect.poll(() => panelCounts(page)).toEqual({ suggestions: 2 });

  await setText(page, policyText([{ ...TWO_SUGGESTIONS, [element]: [] }]));
  await expect(problemsStatus(page)).toHaveText('1 problem, 2 suggestions');
  await expect.poll(() => panelCounts(page)).toEqual({ error: 1, suggestions: 2 });
  await expect(findingsPanel(page).getByRole('group', { name: 'errors' })).toContainText(message);
}

test('the header counts what the findings panel lists; an empty Action is an error', async ({
  page,
}) => {
  await openStudio(page);
  await page.getByRole('button', { name: /^Findings/ }).click();
  await expectEmptyArrayError(
    page,
    'Action',
    '"Action" is an empty array: a statement needs at least one action',
  );
  await page.screenshot({ path: '/tmp/checks-header-count.png' });
});

test('an empty Resource is an error the header counts; wildcard-resource reads as a sentence', async ({
  page,
}) => {
  await openStudio(page);
  await page.getByRole('button', { name: /^Findings/ }).click();
  await test.step('an empty Resource', async () => {
    await expectEmptyArrayError(
      page,
      'Resource',
      '"Resource" is an empty array: a statement needs at least one resource',
    );
    await page.screenshot({ path: '/tmp/checks-empty-resource.png' });
  });

  await test.step('the wildcard-resource finding', async () => {
    await setText(
      page,
      policyText([{ Effect: 'Allow', Action: ['s3:*', 'sqs:*'], Resource: '*' }]),
    );
    const finding = findingsPanel(page)
      .getByRole('group', { name: 'warnings' })
      .locator('button[data-code="wildcard-resource"]');
    await expect(finding).toHaveCount(1);
    // The row: a decorative mark, the message, the check and where.
    await expect(finding.locator('span').nth(1)).toHaveText(
      '"Resource": "*" lets every s3 action and every sqs action change every resource of the account: list the ARNs of the resources meant',
    );
    await expect(finding).toContainText('wildcard-resource · Ln 10, Col 19');
    await page.screenshot({ path: '/tmp/checks-wildcard-resource.png' });
  });
});

const ALICE = 'arn:aws:iam::111122223333:user/alice';
const BOB = 'arn:aws:iam::111122223333:user/bob';

/** Alice's and Bob's policies, Bob asking for what only Alice's allows; a role's trust policy. */
const TWO_USERS: Scenario = {
  format: SCENARIO_FORMAT,
  policies: [
    {
      id: 'alice-reports',
      name: 'AliceReports',
      type: 'identity',
      attachedTo: [ALICE],
      document: policyText([
        {
          Sid: 'ReadReports',
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::reports/*',
        },
      ]),
    },
    {
      id: 'bob-logs',
      name: 'BobLogs',
      type: 'identity',
      attachedTo: [BOB],
      document: policyText([
        {
          Sid: 'ReadLogs',
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::logs/*',
        },
      ]),
    },
    {
      id: 'app-trust',
      name: 'AppTrust',
      type: 'trust',
      attachedTo: ['arn:aws:iam::111122223333:role/App'],
      document: policyText([
        {
          Effect: 'Allow',
          Principal: { Service: 'ec2.amazonaws.com' },
          Action: 'sts:AssumeRole',
        },
      ]),
    },
  ],
  requests: [{ principal: BOB, action: 's3:GetObject', resource: 'arn:aws:s3:::reports/q1.csv' }],
};

test('an implicit deny names the policy that allows it but is attached to someone else', async ({
  page,
}) => {
  await page.goto(`./#s=${encodeShareLink({ scenario: TWO_USERS })}`);
  await expect(page.getByRole('heading', { name: 'IAM Policy Studio' })).toBeVisible();
  await expect(requestRows(page).first()).toContainText('Implicit deny');
  await requestRows(page)
    .first()
    .getByRole('button', { name: /s3:GetObject/ })
    .click();
  await expect(simulator(page).getByTestId('explanation-headline')).toHaveText(
    'Implicitly denied: AliceReports allows it but is attached to alice, not bob.',
  );
  const whyNot = simulator(page).getByTestId('why-not');
  await expect(whyNot.first()).toContainText(
    'Statement ReadReports would allow it, but AliceReports is attached to alice, not bob',
  );
  await expect(whyNot.nth(1)).toContainText('Statement ReadLogs matched the action');
  // Bob assumes no role: the role's trust policy takes no part, and no step says otherwise.
  const steps = simulator(page).getByRole('region', { name: 'Evaluation steps' });
  await expect(steps).toContainText('Identity-based policies');
  await expect(steps).not.toContainText('trust policy');
  await page.screenshot({ path: '/tmp/checks-attached-elsewhere.png' });
});

test('Go to symbol lists the statements by Sid or place', async ({ page }) => {
  await openStudio(page);
  const text = policyText([
    { Sid: 'ReadReports', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
    { Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*' },
  ]);
  await setText(page, text);
  await placeCursor(page, 0);
  await page.keyboard.press('ControlOrMeta+Shift+O');
  const outline = page.locator('.quick-input-widget');
  await expect(outline.locator('.monaco-list-row')).toHaveText([/ReadReports/, /Statement 2/]);
  await expect(outline.locator('.monaco-list-row').first()).toContainText('Allow');
  await page.screenshot({ path: '/tmp/checks-go-to-symbol.png' });

  // Choosing the one without a Sid puts the cursor on its Effect.
  await page.keyboard.type('Statement');
  await expect(outline.locator('.monaco-list-row')).toHaveText([/Statement 2/]);
  await page.keyboard.press('Enter');
  const before = text.slice(0, text.indexOf('"Deny"')).split('\n');
  await expect
    .poll(() => callHook(page, 'getCursor'))
    .toEqual({ line: before.length, column: before.at(-1)!.length + 1 });
});
