import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { addTwoRequests, simulator } from './support/requests.ts';
import { openStudio } from './support/studio.ts';

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

/** axe's serious and critical violations on the page now, one line per rule and element. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map(
        (node) => `${violation.id} at ${node.target.join(' ')}: ${node.failureSummary ?? ''}`,
      ),
    );
}

async function expectAccessible(page: Page, view: string) {
  expect(await seriousViolations(page), view).toEqual([]);
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
