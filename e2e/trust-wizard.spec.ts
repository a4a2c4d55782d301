import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { callHook, openStudio, placeCursor, policyList, statementCard } from './support/studio.ts';

const wizard = (page: Page) => page.getByRole('dialog', { name: 'Trust policy wizard' });

async function openFromAddPolicy(page: Page) {
  await policyList(page)
    .getByRole('combobox', { name: 'Add policy' })
    .selectOption({ label: 'Trust policy (wizard)…' });
  await expect(wizard(page)).toBeVisible();
}

/** The serious and critical axe violations inside the open dialog, by rule and element. */
async function dialogViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include('[role="dialog"]').analyze();
  return violations
    .filter(({ impact }) => impact === 'serious' || impact === 'critical')
    .map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** The statement the editor holds now. */
async function statement(page: Page): Promise<Record<string, unknown>> {
  const policy = JSON.parse(await callHook(page, 'getValue')) as { Statement: unknown[] };
  expect(policy.Statement).toHaveLength(1);
  return policy.Statement[0] as Record<string, unknown>;
}

test('GitHub Actions: the repository and branch become the sub, the policy opens in the form', async ({
  page,
}) => {
  await openStudio(page);
  await openFromAddPolicy(page);
  const dialog = wizard(page);
  await dialog.getByRole('radio', { name: 'Web identity' }).check();
  await dialog.getByLabel('Identity provider', { exact: true }).selectOption('github');
  // "This account" is the account the seed policy's ARNs name.
  await expect(dialog.getByLabel('Account ID of the GitHub OIDC provider')).toHaveValue(
    '970698899539',
  );
  await dialog.getByLabel('GitHub organization').fill('octo-org');
  await dialog.getByLabel('GitHub repository (optional)').fill('octo-repo');
  await dialog.getByLabel('GitHub branch (optional)').fill('main');
  await expect(dialog.getByLabel('Trust policy preview')).toContainText(
    '"token.actions.githubusercontent.com:sub": "repo:octo-org/octo-repo:ref:refs/heads/main"',
  );
  await page.screenshot({ path: '/tmp/templates-wizard-github.png' });
  await dialog.getByRole('button', { name: 'Create trust policy' }).click();
  await expect(dialog).toBeHidden();

  await expect(
    policyList(page).getByRole('button', { name: / Trust GitHub octo-org\/octo-repo / }),
  ).toHaveAttribute('aria-current', 'true');
  expect(await statement(page)).toEqual({
    Effect: 'Allow',
    Principal: {
      Federated: 'arn:aws:iam::970698899539:oidc-provider/token.actions.githubusercontent.com',
    },
    Action: 'sts:AssumeRoleWithWebIdentity',
    Condition: {
      StringEquals: {
        'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
        'token.actions.githubusercontent.com:sub': 'repo:octo-org/octo-repo:ref:refs/heads/main',
      },
    },
  });
  // The form shows the new policy's statement, ready for the rest of the editing.
  const fields = () =>
    statementCard(page, 1)
      .locator('input')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  await expect
    .poll(fields)
    .toEqual(
      expect.arrayContaining([
        'sts:AssumeRoleWithWebIdentity',
        'repo:octo-org/octo-repo:ref:refs/heads/main',
      ]),
    );
  await page.screenshot({ path: '/tmp/templates-wizard-form.png' });
});

test('AWS account: a wrong account ID is named, external ID and MFA become conditions', async ({
  page,
}) => {
  await openStudio(page);
  await openFromAddPolicy(page);
  const dialog = wizard(page);
  await dialog.getByRole('radio', { name: 'AWS account' }).check();
  await dialog.getByRole('radio', { name: 'Another AWS account' }).check();
  await dialog.getByLabel('Account ID').fill('4444-5555');
  await dialog.getByRole('button', { name: 'Create trust policy' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    'Account ID "4444-5555" must be exactly 12 digits.',
  );
  await expect(dialog.getByLabel('Account ID')).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: '/tmp/templates-wizard-account-error.png' });

  await dialog.getByLabel('Account ID').fill('444455556666');
  await dialog.getByLabel('Require external ID').check();
  await dialog.getByLabel('External ID', { exact: true }).fill('Vendor-42');
  await dialog.getByLabel('Require MFA').check();
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Create trust policy' }).click();
  await expect(dialog).toBeHidden();
  expect(await statement(page)).toEqual({
    Effect: 'Allow',
    Principal: { AWS: 'arn:aws:iam::444455556666:root' },
    Action: 'sts:AssumeRole',
    Condition: {
      StringEquals: { 'sts:ExternalId': 'Vendor-42' },
      Bool: { 'aws:MultiFactorAuthPresent': 'true' },
    },
  });
});

test('from Templates, the wizard replaces the selected trust policy as one undoable edit', async ({
  page,
}) => {
  await openStudio(page);
  await openFromAddPolicy(page);
  await wizard(page).getByRole('radio', { name: 'SAML 2.0 federation' }).check();
  await wizard(page)
    .getByLabel('SAML provider ARN')
    .fill('arn:aws:iam::111122223333:saml-provider/ExampleIdP');
  await wizard(page).getByRole('button', { name: 'Create trust policy' }).click();
  expect(await statement(page)).toEqual({
    Effect: 'Allow',
    Principal: { Federated: 'arn:aws:iam::111122223333:saml-provider/ExampleIdP' },
    Action: 'sts:AssumeRoleWithSAML',
    Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } },
  });
  const samlText = await callHook(page, 'getValue');

  await page.getByRole('banner').getByRole('button', { name: 'Templates' }).click();
  await page
    .getByRole('dialog', { name: 'Start from a template' })
    .getByRole('button', { name: 'Trust policy wizard…' })
    .click();
  const dialog = wizard(page);
  await dialog.getByLabel('Service or use case').fill('lambda.amazonaws.com');
  await dialog.getByRole('button', { name: 'Add service' }).click();
  await dialog.getByRole('radio', { name: /^Replace the text of/ }).check();
  await page.screenshot({ path: '/tmp/templates-wizard-replace.png' });
  await dialog.getByRole('button', { name: 'Replace policy text' }).click();
  await expect(dialog).toBeHidden();

  expect(await statement(page)).toEqual({
    Effect: 'Allow',
    Principal: { Service: 'lambda.amazonaws.com' },
    Action: 'sts:AssumeRole',
  });
  await expect(
    policyList(page).getByRole('button', { name: / Trust SAML ExampleIdP / }),
  ).toHaveAttribute('aria-current', 'true');
  await placeCursor(page, 0);
  await page.keyboard.press('Control+z');
  await expect.poll(() => callHook(page, 'getValue')).toBe(samlText);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violation in the wizard, ${theme} theme`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await openStudio(page);
    await page.getByRole('radio', { name: theme === 'light' ? 'Light' : 'Dark' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await openFromAddPolicy(page);
    const dialog = wizard(page);
    await dialog.getByLabel('Service or use case').fill('ec2.amazonaws.com');
    await dialog.getByRole('button', { name: 'Add service' }).click();
    expect(await dialogViolations(page), 'AWS service').toEqual([]);
    await dialog.getByRole('radio', { name: 'AWS account' }).check();
    await dialog.getByLabel('Account ID').fill('123');
    await dialog.getByRole('button', { name: 'Create trust policy' }).click();
    await expect(dialog.getByRole('alert')).toBeVisible();
    expect(await dialogViolations(page), 'AWS account with a problem').toEqual([]);
    await page.screenshot({ path: `/tmp/templates-wizard-account-${theme}.png` });
    await dialog.getByRole('radio', { name: 'Web identity' }).check();
    expect(await dialogViolations(page), 'web identity').toEqual([]);
    await dialog.getByRole('radio', { name: 'SAML 2.0 federation' }).check();
    expect(await dialogViolations(page), 'SAML').toEqual([]);
  });
}
