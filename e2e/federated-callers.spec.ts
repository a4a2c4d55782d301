import { expect, test, type Page } from '@playwright/test';
import { requestRows, simulator } from './support/requests.ts';
import { openStudio, policyList } from './support/studio.ts';

const ACCOUNT = '111122223333';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/GitHubDeploy`;
const SUB = 'token.actions.githubusercontent.com:sub';

/** The trust policy wizard's GitHub Actions trust for octo-org/octo-repo on main. */
async function addGitHubTrust(page: Page) {
  await policyList(page)
    .getByRole('combobox', { name: 'Add policy' })
    .selectOption({ label: 'Trust policy (wizard)…' });
  const dialog = page.getByRole('dialog', { name: 'Trust policy wizard' });
  await dialog.getByRole('radio', { name: 'Web identity' }).check();
  await dialog.getByLabel('Identity provider', { exact: true }).selectOption('github');
  await dialog.getByLabel('Account ID of the GitHub OIDC provider').fill(ACCOUNT);
  await dialog.getByLabel('GitHub organization').fill('octo-org');
  await dialog.getByLabel('GitHub repository (optional)').fill('octo-repo');
  await dialog.getByLabel('GitHub branch (optional)').fill('main');
  await dialog.getByRole('button', { name: 'Create trust policy' }).click();
  await expect(dialog).toBeHidden();
}

test('a GitHub Actions workflow, picked as the Web identity (OIDC) preset, assumes the role from main only', async ({
  page,
}) => {
  await openStudio(page);
  await addGitHubTrust(page);
  const panel = simulator(page);
  await panel.getByRole('button', { name: 'Add a request' }).click();

  await panel.getByRole('combobox', { name: 'Principal type' }).selectOption('Web identity (OIDC)');
  await expect(panel.getByLabel('Principal', { exact: true })).toHaveValue(
    `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`,
  );
  // The preset brings the one call such a caller makes and the token's keys AWS checks.
  await expect(panel.getByLabel('Action', { exact: true })).toHaveValue(
    'sts:AssumeRoleWithWebIdentity',
  );
  await expect(panel.getByLabel(`Value of ${SUB}`)).toHaveValue(
    'repo:octo-org/octo-repo:ref:refs/heads/main',
  );
  await expect(
    panel.getByText("only the role's trust policy decides", { exact: false }),
  ).toBeVisible();
  await panel.getByLabel('Resource', { exact: true }).fill(ROLE);
  await expect(requestRows(page).first()).toContainText('Allowed');
  await expect(page.getByTestId('explanation-headline')).toHaveText(
    'Allowed by Statement 1 in Trust GitHub octo-org/octo-repo.',
  );
  await page.screenshot({ path: '/tmp/federation-allowed.png' });

  // Another branch's token does not match the trust policy's sub.
  await panel.getByLabel(`Value of ${SUB}`).fill('repo:octo-org/octo-repo:ref:refs/heads/feature');
  await expect(requestRows(page).first()).toContainText('Implicit deny');

  // The provider's user has no AWS credentials to call sts:AssumeRole, whatever the trust says.
  await panel.getByLabel(`Value of ${SUB}`).fill('repo:octo-org/octo-repo:ref:refs/heads/main');
  await panel.getByLabel('Action', { exact: true }).fill('sts:AssumeRole');
  await expect(requestRows(page).first()).toContainText('Implicit deny');
  await expect(page.getByTestId('explanation-headline')).toContainText(
    "Implicitly denied whatever the policies say: A web identity provider's user has no AWS credentials",
  );
  await page.screenshot({ path: '/tmp/federation-assume-role.png' });
});
