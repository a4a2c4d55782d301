import { expect, test, type Page } from '@playwright/test';
import { addTwoRequests, requestRows, simulator } from './support/requests.ts';
import { callHook, openStudio, statementCard, visualEditor } from './support/studio.ts';

const editorView = (page: Page) => page.getByRole('group', { name: 'Editor view' });

/** The decision label of statement card `number`. */
const cardDecision = (page: Page, number: number) =>
  statementCard(page, number).locator('[data-decision]');

async function addRequest(page: Page, action: string, resource: string) {
  await simulator(page).getByRole('button', { name: 'Add a request' }).click();
  await simulator(page).getByLabel('Action', { exact: true }).fill(action);
  await simulator(page).getByLabel('Resource', { exact: true }).fill(resource);
  await expect(requestRows(page).first()).toBeVisible();
}

test.describe('the policy summary view', () => {
  test('lists the seed policy per service, access level, resources and conditions, and an explicit deny apart', async ({
    page,
  }) => {
    await openStudio(page);
    const document = JSON.parse(await callHook(page, 'getValue')) as {
      Statement: object[];
    };
    document.Statement.push({ Effect: 'Deny', Action: 'iam:*', Resource: '*' });
    await page.evaluate((text) => window.__iamStudio?.setValue(text), JSON.stringify(document));

    await editorView(page).getByRole('button', { name: 'Summary' }).click();
    const summary = page.getByRole('region', { name: 'Policy summary' });
    const allow = summary.getByRole('region', { name: 'Allow' });
    const s3 = allow.getByRole('row', { name: /Amazon S3/ });
    await expect(s3).toContainText('Limited: Write, Permissions management');
    await expect(s3).toContainText('arn:aws:s3:::*');
    await expect(s3).toContainText('aws:MultiFactorAuthPresent Bool true');
    const deny = summary.getByRole('region', { name: 'Explicit deny' });
    await expect(deny.getByRole('row', { name: /Identity and Access Management/ })).toContainText(
      'Full access',
    );
    await expect(page.locator('.monaco-editor')).toBeHidden();
    await page.screenshot({ path: '/tmp/views-summary-1440.png' });
  });
});

test.describe('the statement card and the selected request', () => {
  test('the card shows the decision Monaco marks, and both follow the selected request', async ({
    page,
  }) => {
    await openStudio(page);
    await addTwoRequests(page);
    const decision = cardDecision(page, 1);

    await requestRows(page).nth(0).getByRole('button').first().click();
    await expect(decision).toHaveText('Statement VisualEditor0 allowed the selected request');
    await expect(decision).toHaveAttribute('data-decision', 'Allow');
    await expect(page.locator('.monaco-editor .iam-decision-allow-line').first()).toBeVisible();
    await page.screenshot({ path: '/tmp/views-card-decision-1440.png' });

    await requestRows(page).nth(1).getByRole('button').first().click();
    await expect(decision).toHaveCount(0);
    await expect(page.locator('.monaco-editor .iam-decision-allow-line')).toHaveCount(0);
  });

  test('a denying statement is named and marked red', async ({ page }) => {
    await openStudio(page);
    const document = JSON.parse(await callHook(page, 'getValue')) as { Statement: object[] };
    document.Statement.push({
      Sid: 'NoLogging',
      Effect: 'Deny',
      Action: 's3:PutBucketLogging',
      Resource: '*',
    });
    await page.evaluate((text) => window.__iamStudio?.setValue(text), JSON.stringify(document));
    await addRequest(page, 's3:PutBucketLogging', 'arn:aws:s3:::logs-bucket');
    await requestRows(page).nth(0).getByRole('button').first().click();
    const decision = cardDecision(page, 2);
    await expect(decision).toHaveText('Statement NoLogging denied the selected request');
    await expect(decision).toHaveAttribute('data-decision', 'Deny');
    await expect(cardDecision(page, 1)).toHaveCount(0);
  });
});

/** Elements inside `root` whose text is cut short with an ellipsis. */
function truncatedTexts(root: import('@playwright/test').Locator) {
  return root.evaluate((element) =>
    [...element.querySelectorAll<HTMLElement>('*')]
      .filter((e) => getComputedStyle(e).textOverflow === 'ellipsis')
      .filter((e) => e.scrollWidth > e.clientWidth)
      .map((e) => e.textContent),
  );
}

test.describe('the decision matrix', () => {
  test('a cell opens the explanation of its request; tooltips name statements and policies; no label is cut', async ({
    page,
  }) => {
    await openStudio(page);
    await addTwoRequests(page);
    await requestRows(page).nth(0).getByRole('button').first().click();
    await simulator(page).getByRole('tab', { name: 'Matrix' }).click();
    await simulator(page)
      .getByRole('button', { name: "Use the selected request's principal and context" })
      .click();
    await simulator(page).getByLabel('Actions').fill('s3:PutBucketLogging\ns3:GetObject');
    await simulator(page).getByLabel('Resources').fill('arn:aws:s3:::logs-bucket');

    const allowed = simulator(page).getByRole('button', {
      name: 's3:PutBucketLogging on arn:aws:s3:::logs-bucket: Allowed. Open its explanation',
    });
    await expect(allowed).toHaveAttribute(
      'title',
      'Allowed by Statement VisualEditor0 in VisualEditor0 example',
    );
    expect(await truncatedTexts(simulator(page))).toEqual([]);
    await page.screenshot({ path: '/tmp/views-matrix-1440.png' });

    await allowed.click();
    await expect(requestRows(page)).toHaveCount(2);
    await expect(requestRows(page).nth(0)).toHaveAttribute('aria-current', 'true');
    await expect(simulator(page)).toContainText(
      'Allowed by Statement VisualEditor0 in VisualEditor0 example.',
    );

    await simulator(page).getByRole('tab', { name: 'Matrix' }).click();
    await simulator(page)
      .getByRole('button', { name: /^s3:GetObject on arn:aws:s3:::logs-bucket: Implicit deny/ })
      .click();
    await expect(requestRows(page)).toHaveCount(3);
    await expect(requestRows(page).nth(2)).toHaveAttribute('aria-current', 'true');
    await expect(requestRows(page).nth(2)).toContainText('s3:GetObject');
    await expect(simulator(page)).toContainText('Implicitly denied');
  });
});

/** Whether the text of every element matched is shown whole (inputs: their value). */
function cutShort(locator: import('@playwright/test').Locator) {
  return locator.evaluateAll((elements) =>
    elements
      .filter((e) => e.scrollWidth > e.clientWidth + 1)
      .map((e) => (e instanceof HTMLInputElement ? e.value : e.textContent)),
  );
}

/** The names of elements whose boxes overlap another's, or that run past the window's edge. */
function overlapping(locator: import('@playwright/test').Locator) {
  return locator.evaluateAll((elements) => {
    const boxes = elements.map((e) => ({
      name: e.textContent ?? '',
      box: e.getBoundingClientRect(),
    }));
    return boxes
      .filter(
        ({ box }, index) =>
          box.right > window.innerWidth ||
          boxes.some(
            (other, otherIndex) =>
              otherIndex !== index &&
              box.left < other.box.right - 1 &&
              other.box.left < box.right - 1 &&
              box.top < other.box.bottom - 1 &&
              other.box.top < box.bottom - 1,
          ),
      )
      .map(({ name }) => name);
  });
}

test.describe('at 1024 px wide', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('the split view stays, and titles and condition keys are not cut short', async ({
    page,
  }) => {
    await openStudio(page);
    await expect(editorView(page).getByRole('button', { name: 'Split' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.locator('.monaco-editor')).toBeVisible();
    await expect(statementCard(page, 1)).toBeVisible();
    expect(await cutShort(page.getByRole('heading', { level: 2 }))).toEqual([]);
    expect(await overlapping(page.getByRole('banner').getByRole('button'))).toEqual([]);
    for (const name of ['Fold statements', 'Unfold all', 'What does this grant?']) {
      const box = await page.getByRole('button', { name, exact: true }).boundingBox();
      expect(box?.height, `the editor toolbar keeps "${name}" on one line`).toBeLessThan(30);
    }
    await expect(statementCard(page, 1).getByLabel('Condition key').first()).toHaveValue(
      'aws:MultiFactorAuthPresent',
    );
    const newKey = statementCard(page, 1).getByLabel('New condition key');
    await newKey.fill('aws:MultiFactorAuthPresent');
    expect(await cutShort(statementCard(page, 1).getByLabel(/Condition key/i))).toEqual([]);
    expect(await cutShort(visualEditor(page))).toEqual([]);
    const cursorBox = await page.getByTestId('cursor-position').boundingBox();
    expect(cursorBox?.height, 'the status bar keeps "Ln 1, Col 1" on one line').toBeLessThan(20);

    await addTwoRequests(page);
    await requestRows(page).nth(0).getByRole('button').first().click();
    const contextKeys = simulator(page).getByLabel(/^Context key \d+$/);
    await expect(contextKeys.first()).toHaveValue('aws:MultiFactorAuthPresent');
    expect(await cutShort(contextKeys)).toEqual([]);
    await page.screenshot({ path: '/tmp/views-1024.png' });
  });
});
