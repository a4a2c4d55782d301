import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
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

/** The policy the wizard's preview shows, parsed. */
async function preview(page: Page): Promise<unknown> {
  return JSON.parse((await wizard(page).getByLabel('Trust policy preview').textContent()) ?? '');
}

/** Opens the studio in the light theme, then the wizard from Add policy, and makes `choose`'s choices. */
async function openWizardInLightTheme(page: Page, choose: (dialog: Locator) => Promise<void>) {
  await openStudio(page);
  await page.getByRole('radio', { name: 'Light' }).click();
  await openFromAddPolicy(page);
  const dialog = wizard(page);
  await choose(dialog);
  return dialog;
}

/** Switches the theme, opens the wizard again, makes `choose`'s choices and runs axe there. */
async function expectAccessibleInDarkTheme(page: Page, choose: (dialog: Locator) => Promise<void>) {
  await page.getByRole('radio', { name: 'Dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await openFromAddPolicy(page);
  await choose(wizard(page));
  expect(await dialogViolations(page), 'dark theme').toEqual([]);
  await page.keyboard.press('Escape');
  await expect(wizard(page)).toBeHidden();
}

/** Creates the wizard's policy: it becomes the selected policy, named `name`, holding `document`. */
async function createTrustPolicy(page: Page, name: string, document: unknown) {
  const dialog = wizard(page);
  await dialog.getByRole('button', { name: 'Create trust policy' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    policyList(page).getByRole('button', { name: new RegExp(` ${name} Trust policy$`) }),
  ).toHaveAttribute('aria-current', 'true');
  expect(JSON.parse(await callHook(page, 'getValue'))).toEqual(document);
}

const CUSTOM_TRUST = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'Statement1', Effect: 'Allow', Principal: {}, Action: 'sts:AssumeRole' }],
};

test('Custom trust policy: the console’s blank trust policy, with a principal to fill in', async ({
  page,
}) => {
  const chooseCustom = (where: Locator) =>
    where.getByRole('radio', { name: /^Custom trust policy/ }).check();
  await openWizardInLightTheme(page, chooseCustom);
  await expect.poll(() => preview(page)).toEqual(CUSTOM_TRUST);
  expect(await dialogViolations(page), 'light theme').toEqual([]);
  await page.screenshot({ path: '/tmp/templates-wizard-custom.png' });
  await createTrustPolicy(page, 'Custom trust policy', CUSTOM_TRUST);
  // The form opens on the new statement, its Sid ready to rename.
  await expect(statementCard(page, 1).locator('input').first()).toHaveValue('Statement1');

  await expectAccessibleInDarkTheme(page, chooseCustom);
});

test('SAML 2.0 with programmatic access only: no SAML:aud condition, console sign-in not required', async ({
  page,
}) => {
  const chooseProgrammatic = async (where: Locator) => {
    await where.getByRole('radio', { name: 'SAML 2.0 federation' }).check();
    await where
      .getByLabel('SAML provider ARN')
      .fill('arn:aws:iam::111122223333:saml-provider/CorpADFS');
    await where.getByRole('radio', { name: 'Allow programmatic access only' }).check();
  };
  const dialog = await openWizardInLightTheme(page, chooseProgrammatic);
  const programmatic = {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: 'arn:aws:iam::111122223333:saml-provider/CorpADFS' },
        Action: 'sts:AssumeRoleWithSAML',
      },
    ],
  };
  await expect.poll(() => preview(page)).toEqual(programmatic);
  expect(await dialogViolations(page), 'light theme').toEqual([]);
  // Console access again puts the sign-in endpoint's audience back: the choice is what differs.
  await dialog
    .getByRole('radio', { name: 'Allow programmatic and AWS Management Console access' })
    .check();
  await expect(dialog.getByLabel('Trust policy preview')).toContainText('SAML:aud');
  await dialog.getByRole('radio', { name: 'Allow programmatic access only' }).check();
  await expect(dialog.getByLabel('Trust policy preview')).not.toContainText('SAML:aud');
  await page.screenshot({ path: '/tmp/templates-wizard-saml-programmatic.png' });
  await createTrustPolicy(page, 'Trust SAML CorpADFS', programmatic);

  await expectAccessibleInDarkTheme(page, chooseProgrammatic);
});

test('the wizard keeps focus inside until Escape, then gives it back to Add policy', async ({
  page,
}) => {
  await openStudio(page);
  const addPolicy = policyList(page).getByRole('combobox', { name: 'Add policy' });
  await addPolicy.focus();
  await addPolicy.selectOption({ label: 'Trust policy (wizard)…' });
  const dialog = wizard(page);
  await expect(dialog).toBeFocused();

  /** What has focus: "outside", or the focused control's name within the modal dialog. */
  const focused = () =>
    page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null;
      if (!active?.closest('[role="dialog"][aria-modal="true"]')) return 'outside';
      return active.getAttribute('aria-label') ?? active.textContent?.trim() ?? active.tagName;
    });
  // Backwards from the dialog to its last control, then forwards round it more than once.
  const visited: string[] = [];
  for (const [key, presses] of [
    ['Shift+Tab', 3],
    ['Tab', 16],
  ] as const) {
    for (let press = 1; press <= presses; press++) {
      await page.keyboard.press(key);
      const place = await focused();
      expect(place, `after ${key} ${press}`).not.toBe('outside');
      visited.push(`${key} ${place}`);
    }
  }
  expect(visited[0]).toBe('Shift+Tab Create trust policy');
  // Tab from the last control goes round to the first, the dialog's Close button.
  const wrap = visited.indexOf('Tab Create trust policy');
  expect(wrap, visited.join(', ')).toBeGreaterThan(2);
  expect(visited[wrap + 1], visited.join(', ')).toBe('Tab Close');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(addPolicy).toBeFocused();
});
