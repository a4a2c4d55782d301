import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { addTwoRequests, requestRows } from './support/requests.ts';
import { callHook, openStudio, policyList } from './support/studio.ts';

const header = (page: Page) => page.getByRole('banner');
const exportDialog = (page: Page) => page.getByRole('dialog', { name: 'Export' });

const SCP = `{
  "Version": "2012-10-17",
  "Statement": [
    {"Sid": "All", "Effect": "Allow", "Action": "*", "Resource": "*"},
    {"Sid": "NoLeaving", "Effect": "Deny", "Action": "organizations:LeaveOrganization", "Resource": "*"}
  ]
}`;

const TRUST = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": {"Service": "ec2.amazonaws.com"},
      "Action": "sts:AssumeRole"
    }
  ]
}`;

/** Adds a policy of `type` holding `text`, selected in the editor. */
async function addPolicy(page: Page, type: string, text: string) {
  await policyList(page).getByLabel('Add policy').selectOption(type);
  await page.evaluate((value) => window.__iamStudio?.setValue(value), text);
  await expect.poll(() => callHook(page, 'getValue')).toBe(text);
}

/** The text of the export dialog's format `tab`. */
async function exported(page: Page, tab: string) {
  await exportDialog(page).getByRole('tab', { name: tab, exact: true }).click();
  return exportDialog(page).getByLabel(tab, { exact: true });
}

test('an SCP is exported as an Organizations policy of its type, not as an IAM policy', async ({
  page,
}) => {
  await openStudio(page);
  await addPolicy(page, 'scp', SCP);
  await header(page).getByRole('button', { name: 'Export' }).click();

  const terraform = await exported(page, 'Terraform');
  await expect(terraform).toContainText('resource "aws_organizations_policy"');
  await expect(terraform).toContainText('type    = "SERVICE_CONTROL_POLICY"');
  await expect(terraform).toContainText('resource "aws_organizations_policy_attachment"');
  await expect(terraform).not.toContainText('aws_iam_policy');

  const cloudFormation = await exported(page, 'CloudFormation (YAML)');
  await expect(cloudFormation).toContainText('Type: AWS::Organizations::Policy');
  await expect(cloudFormation).toContainText('Type: SERVICE_CONTROL_POLICY');
  await expect(cloudFormation).toContainText("Version: '2012-10-17'");
  await page.screenshot({ path: '/tmp/exports-scp-cloudformation.png' });

  const cli = await exported(page, 'AWS CLI');
  await expect(cli).toContainText('aws organizations create-policy \\');
  await expect(cli).toContainText('--type SERVICE_CONTROL_POLICY \\');
  await expect(cli).toContainText('aws organizations attach-policy \\');
  await exported(page, 'Terraform');
  await page.screenshot({ path: '/tmp/exports-scp-terraform.png' });
});

test('a trust policy is exported as the role’s assume-role policy', async ({ page }) => {
  await openStudio(page);
  await addPolicy(page, 'trust', TRUST);
  await header(page).getByRole('button', { name: 'Export' }).click();

  const terraform = await exported(page, 'Terraform');
  await expect(terraform).toContainText('resource "aws_iam_role"');
  await expect(terraform).toContainText('assume_role_policy = <<-POLICY');
  await expect(terraform).not.toContainText('aws_iam_policy');

  const cloudFormation = await exported(page, 'CloudFormation (YAML)');
  await expect(cloudFormation).toContainText('Type: AWS::IAM::Role');
  await expect(cloudFormation).toContainText('AssumeRolePolicyDocument:');

  const cli = await exported(page, 'AWS CLI');
  await expect(cli).toContainText('aws iam update-assume-role-policy \\');
  await expect(cli).not.toContainText('create-policy');
  await page.screenshot({ path: '/tmp/exports-trust-cli.png' });
});

test('simulate-custom-policy names the SCP it cannot take, an option a line', async ({ page }) => {
  await openStudio(page);
  await addTwoRequests(page);
  await addPolicy(page, 'scp', SCP);
  await requestRows(page).first().click();
  await header(page).getByRole('button', { name: 'Export' }).click();

  const command = await exported(page, 'AWS CLI: simulate-custom-policy');
  await expect(command).toContainText(
    "# The API cannot take these policies of the scenario, so AWS's answer leaves them out:",
  );
  await expect(command).toContainText('an SCP: the API takes no SCP text');
  await expect(command).toContainText(
    "aws iam simulate-custom-policy \\\n  --policy-input-list '{",
  );
  await expect(command).toContainText("\n  --action-names 's3:PutBucketLogging' \\\n");
  const text = (await command.textContent()) ?? '';
  expect(Math.max(...text.split('\n').map((line) => line.length))).toBeLessThan(120);
  await page.screenshot({ path: '/tmp/exports-simulate.png' });
});

test('the export code box can be reached and scrolled from the keyboard', async ({ page }) => {
  await openStudio(page);
  await header(page).getByRole('button', { name: 'Export' }).click();
  const code = await exported(page, 'Terraform');
  await expect(code).toHaveAttribute('tabindex', '0');
  await code.focus();
  await expect(code).toBeFocused();
  await page.keyboard.press('PageDown');
  await expect.poll(() => code.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
  await page.screenshot({ path: '/tmp/exports-code-focused.png' });
  const axe = await new AxeBuilder({ page })
    .include('[role="dialog"]')
    .withRules(['scrollable-region-focusable'])
    .analyze();
  expect(axe.violations).toEqual([]);
  expect(axe.passes.map((rule) => rule.id)).toContain('scrollable-region-focusable');
});
