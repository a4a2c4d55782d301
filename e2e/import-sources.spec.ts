import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { callHook, openStudio, policyList } from './support/studio.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../src/core/import/__fixtures__/${name}`, import.meta.url), 'utf8');

/** A role with its trust policy and an inline policy, in YAML with short-form tags. */
const TEMPLATE = `AWSTemplateFormatVersion: 2010-09-09
Resources:
  ReportsBucket:
    Type: AWS::S3::Bucket
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: 2012-10-17
        Statement:
          - Effect: Allow
            Principal:
              Service: lambda.amazonaws.com
            Action: sts:AssumeRole
      Policies:
        - PolicyName: ReadReports
          PolicyDocument:
            Version: 2012-10-17
            Statement:
              - Effect: Allow
                Action: s3:GetObject
                Resource: !Sub 'arn:aws:s3:::\${ReportsBucket}/*'
`;

/** The serious and critical axe violations inside the open dialog, by rule id. */
async function dialogViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include('[role="dialog"]').analyze();
  return violations
    .filter(({ impact }) => impact === 'serious' || impact === 'critical')
    .map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

async function openImport(page: Page) {
  await page.getByRole('banner').getByRole('button', { name: 'Import' }).click();
  return page.getByRole('dialog', { name: 'Import a scenario or a policy' });
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A policy list entry: its status dot's name, then the policy's name and type. */
const listedPolicy = (page: Page, name: string, type: string) =>
  policyList(page).getByRole('button', {
    name: new RegExp(`^(Valid|Warnings|Errors) ${escaped(name)} ${type} policy$`),
  });

test('a pasted get-policy-version output becomes its policy document, not a policy with Version "(none)"', async ({
  page,
}) => {
  await openStudio(page);
  const dialog = await openImport(page);
  await dialog.getByLabel('Paste a scenario or a policy').fill(fixture('get-policy-version.json'));
  await expect(dialog.getByRole('status')).toHaveText(
    '1 policy found in an AWS CLI output (aws iam get-policy-version):',
  );
  await expect(dialog.getByRole('list', { name: 'Policies to import' })).toHaveText(
    'IdentityPolicy version v2',
  );
  await dialog.screenshot({ path: '/tmp/import-get-policy-version.png' });
  await dialog.getByRole('button', { name: 'Import 1 policy' }).click();

  await expect(dialog).toBeHidden();
  await expect(listedPolicy(page, 'Policy version v2', 'Identity')).toHaveAttribute(
    'aria-current',
    'true',
  );
  expect(JSON.parse(await callHook(page, 'getValue'))).toEqual({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 'iam:*', Resource: '*' }],
  });
});

test('a CloudFormation YAML file with a role gives its trust policy and its inline policy', async ({
  page,
}) => {
  await openStudio(page);
  const dialog = await openImport(page);
  await dialog.locator('input[type="file"]').setInputFiles({
    name: 'stack.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(TEMPLATE),
  });
  await expect(dialog.getByRole('status')).toHaveText(
    '2 policies found in stack.yaml, a CloudFormation template:',
  );
  expect(await dialogViolations(page)).toEqual([]);
  await dialog.screenshot({ path: '/tmp/import-cloudformation.png' });
  await dialog.getByRole('button', { name: 'Import 2 policies' }).click();

  await expect(dialog).toBeHidden();
  await expect(listedPolicy(page, 'AppRole', 'Trust')).toBeVisible();
  await expect(listedPolicy(page, 'AppRole/ReadReports', 'Identity')).toHaveAttribute(
    'aria-current',
    'true',
  );
  // !Sub becomes its template text: a readable resource, not an object.
  expect(JSON.parse(await callHook(page, 'getValue'))).toEqual({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::${ReportsBucket}/*' },
    ],
  });
  await listedPolicy(page, 'AppRole', 'Trust').click();
  await expect
    .poll(async () => JSON.parse(await callHook(page, 'getValue')) as unknown)
    .toMatchObject({ Statement: [{ Principal: { Service: 'lambda.amazonaws.com' } }] });
  await page.screenshot({ path: '/tmp/import-after.png' });
});

test('a dropped bucket policy output is imported as a resource policy; other JSON is refused', async ({
  page,
}) => {
  await openStudio(page);
  await page.getByRole('radio', { name: 'Dark' }).click();
  const dialog = await openImport(page);
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'bucket.json', { type: 'application/json' }));
    return transfer;
  }, fixture('get-bucket-policy.json'));
  await dialog.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer });
  // get-bucket-policy does not name the bucket: the dialog takes it from the file's name.
  await expect(dialog.getByLabel('Bucket name')).toHaveValue('bucket');
  await expect(dialog.getByRole('list', { name: 'Policies to import' })).toHaveText(
    'Resourcebucket bucket policy',
  );
  expect(await dialogViolations(page)).toEqual([]);
  await dialog.screenshot({ path: '/tmp/import-dropped-dark.png' });
  await dialog.getByRole('button', { name: 'Import 1 policy' }).click();
  await expect(listedPolicy(page, 'bucket bucket policy', 'Resource')).toBeVisible();

  const again = await openImport(page);
  await again
    .getByLabel('Paste a scenario or a policy')
    .fill('{"name": "app", "version": "1.0.0"}');
  await again.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(again.getByRole('alert')).toHaveText(
    'This JSON has no Statement and is not an AWS CLI output or template the studio knows: top-level keys are name, version',
  );
  await again.screenshot({ path: '/tmp/import-refused.png' });
});
