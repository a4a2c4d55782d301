import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { addTwoRequests, simulator } from './support/requests.ts';
import { callHook, openStudio, statementCard } from './support/studio.ts';

/**
 * A policy with findings of every severity, so the findings panel lists rule ids and positions:
 * a Version that is not 2012-10-17 (a warning), an unknown action (an error), a wildcard resource.
 */
const POLICY_WITH_FINDINGS = JSON.stringify(
  {
    Version: '2008-10-17',
    Statement: [
      { Sid: 'Read', Effect: 'Allow', Action: ['s3:GetObjekt', 's3:*'], Resource: '*' },
      { Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' },
    ],
  },
  null,
  2,
);

/**
 * axe's serious and critical violations on the page now (or only inside the elements `within`
 * selects), one line per rule and element.
 */
async function seriousViolations(page: Page, within?: string): Promise<string[]> {
  const axe = new AxeBuilder({ page });
  const { violations } = await (within ? axe.include(within) : axe).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map(
        (node) => `${violation.id} at ${node.target.join(' ')}: ${node.failureSummary ?? ''}`,
      ),
    );
}

async function expectAccessible(page: Page, view: string, within?: string) {
  expect(await seriousViolations(page, within), view).toEqual([]);
}

const header = (page: Page) => page.getByRole('banner');

async function openWithTheme(page: Page, theme: 'light' | 'dark') {
  await openStudio(page);
  await page.getByRole('radio', { name: theme === 'light' ? 'Light' : 'Dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

const DIALOGS = [
  { opener: 'Templates', title: 'Start from a template' },
  { opener: 'Import', title: 'Import a scenario or a policy' },
  { opener: 'Export', title: 'Export' },
  { opener: 'Share', title: 'Share this scenario' },
];

for (const theme of ['light', 'dark'] as const) {
  test.describe(`axe finds no serious or critical violation in the ${theme} theme`, () => {
    test('in the editor, its findings and the summary', async ({ page }) => {
      test.setTimeout(60_000);
      await openWithTheme(page, theme);
      await expectAccessible(page, 'editor');
      await page.screenshot({ path: `/tmp/a11y-editor-${theme}.png` });

      await page.evaluate((text) => window.__iamStudio?.setValue(text), POLICY_WITH_FINDINGS);
      await expect(page.getByRole('status', { name: 'Problems' })).toContainText('problems');
      await page.getByRole('button', { name: /Findings/ }).click();
      await expect(page.getByRole('region', { name: 'Findings' })).toContainText('unknown-action');
      await expectAccessible(page, 'findings');
      await page.screenshot({ path: `/tmp/a11y-findings-${theme}.png` });

      const views = page.getByRole('group', { name: 'Editor view' });
      await views.getByRole('button', { name: 'Summary' }).click();
      await expectAccessible(page, 'summary');
      await page.screenshot({ path: `/tmp/a11y-summary-${theme}.png` });
    });

    test('in the simulator, its explanation and the matrix', async ({ page }) => {
      test.setTimeout(60_000);
      await openWithTheme(page, theme);
      await addTwoRequests(page);
      await expect(simulator(page).getByTestId('explanation-step').first()).toBeVisible();
      await expectAccessible(page, 'simulator');
      await page.screenshot({ path: `/tmp/a11y-simulator-${theme}.png` });

      await simulator(page).getByRole('tab', { name: 'Matrix' }).click();
      await expect(simulator(page).getByRole('table', { name: 'Decision matrix' })).toBeVisible();
      await expectAccessible(page, 'matrix');
      await page.screenshot({ path: `/tmp/a11y-matrix-${theme}.png` });
    });

    test('in the ARN builder and the action picker of a statement card', async ({ page }) => {
      test.setTimeout(60_000);
      await openWithTheme(page, theme);
      // The seed policy's first statement names S3 actions: the builder offers their resource
      // types, the picker opens on S3.
      const card = statementCard(page, 1);
      await card.getByRole('button', { name: 'Build ARN…' }).click();
      const builder = card.getByRole('dialog', { name: 'ARN builder' });
      // The form selected the statement, so the editor, without focus, shows it selected: its
      // strings on vs-dark's inactive selection had 4.13:1.
      await expect.poll(() => callHook(page, 'getSelectedText')).toContain('"Effect"');
      await expectAccessible(page, 'the editor, a statement selected from the form');
      await builder.getByLabel('Resource type').selectOption({ label: 's3 bucket' });
      await builder.getByRole('textbox', { name: 'Bucket name' }).fill('reports');
      await expect(builder.getByLabel('Built ARN')).toHaveText('arn:aws:s3:::reports');
      await expectAccessible(page, 'ARN builder', '[role="dialog"][aria-label="ARN builder"]');
      await page.screenshot({ path: `/tmp/a11y-arn-builder-${theme}.png` });
      await builder.getByRole('button', { name: 'Close ARN builder' }).press('Enter');
      await expect(builder).toHaveCount(0);

      await card.getByRole('button', { name: 'Add actions…' }).press('Enter');
      const picker = card.getByRole('dialog', { name: 'Action picker' });
      const inPicker = '[role="dialog"][aria-label="Action picker"]';
      await expect(picker.getByLabel('All List', { exact: true })).toBeVisible();
      await expectAccessible(page, 'action picker, the actions of S3', inPicker);
      await page.screenshot({ path: `/tmp/a11y-action-picker-${theme}.png` });
      await picker.getByRole('button', { name: '← Services' }).press('Enter');
      await expect(picker.getByLabel('Search services')).toBeVisible();
      await expectAccessible(page, 'action picker, the services', inPicker);
    });

    test('in each dialog and the workspace menu', async ({ page }) => {
      test.setTimeout(120_000);
      await openWithTheme(page, theme);
      for (const { opener, title } of DIALOGS) {
        await header(page).getByRole('button', { name: opener, exact: true }).click();
        const dialog = page.getByRole('dialog', { name: title });
        await expect(dialog).toBeVisible();
        await expectAccessible(page, `${opener} dialog`);
        await page.screenshot({ path: `/tmp/a11y-${opener.toLowerCase()}-${theme}.png` });
        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();
      }

      // A second workspace, so the menu lists one to switch to (with its delete button).
      const workspaces = header(page).getByRole('button', { name: 'Workspaces' });
      await workspaces.click();
      await page.getByRole('menuitem', { name: 'New workspace' }).click();
      await workspaces.click();
      await expect(page.getByRole('menuitem', { name: 'My workspace', exact: true })).toBeVisible();
      await expectAccessible(page, 'workspace menu');
      await page.screenshot({ path: `/tmp/a11y-workspaces-${theme}.png` });
    });
  });
}
