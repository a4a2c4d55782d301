import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { CLI_OUTPUTS, RCP } from './fixtures/import-sources/cli-outputs.ts';
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

/**
 * A policy list entry: its status dot's name, then the policy's name and the type line under it
 * ("Identity policy", "SCP policy · level 0").
 */
const listedPolicy = (page: Page, name: string, typeLine: string) =>
  policyList(page).getByRole('button', {
    name: new RegExp(`^(Valid|Warnings|Errors) ${escaped(name)} ${escaped(typeLine)}$`),
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
  await expect(listedPolicy(page, 'Policy version v2', 'Identity policy')).toHaveAttribute(
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
  await expect(listedPolicy(page, 'AppRole', 'Trust policy')).toBeVisible();
  await expect(listedPolicy(page, 'AppRole/ReadReports', 'Identity policy')).toHaveAttribute(
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
  await listedPolicy(page, 'AppRole', 'Trust policy').click();
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
  await expect(listedPolicy(page, 'bucket bucket policy', 'Resource policy')).toBeVisible();

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

/** The policy the editor shows now, parsed. */
const editorDocument = async (page: Page) =>
  JSON.parse(await callHook(page, 'getValue')) as unknown;

test('what the AWS CLI prints for roles, users, groups, queues, keys and Organizations becomes that type of policy', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await openStudio(page);
  for (const { command, output, type, name, typeLine, document, sid } of CLI_OUTPUTS) {
    await test.step(`${command} → ${typeLine} ${name}`, async () => {
      const dialog = await openImport(page);
      await dialog.getByLabel('Paste a scenario or a policy').fill(output);
      await expect(dialog.getByRole('status')).toHaveText(
        `1 policy found in an AWS CLI output (${command}):`,
      );
      await expect(dialog.getByRole('list', { name: 'Policies to import' })).toHaveText(
        `${type}${name}`,
      );
      if (type === 'SCP') {
        // Only an SCP needs an Allow beside it: a deny-only SCP alone denies everything.
        await expect(dialog.getByRole('list', { name: 'Import notes' })).toContainText(
          `${name} has no Allow`,
        );
      }
      await dialog.getByRole('button', { name: 'Import 1 policy' }).click();
      await expect(dialog).toBeHidden();

      await expect(listedPolicy(page, name, typeLine)).toHaveAttribute('aria-current', 'true');
      await expect.poll(() => editorDocument(page)).toEqual(document);
      await expect(page.locator('.monaco-editor .view-lines')).toContainText(sid);
    });
  }
  await page.screenshot({ path: '/tmp/import-cli-outputs.png' });
});

const importFixture = (name: string) =>
  fileURLToPath(new URL(`./fixtures/import-sources/${name}`, import.meta.url));

/** Clicks each listed policy and checks the editor then holds its document. */
async function expectImported(
  page: Page,
  policies: { name: string; typeLine: string; document: object }[],
) {
  for (const { name, typeLine, document } of policies) {
    await listedPolicy(page, name, typeLine).click();
    await expect(listedPolicy(page, name, typeLine)).toHaveAttribute('aria-current', 'true');
    await expect.poll(() => editorDocument(page), name).toEqual(document);
  }
}

/**
 * The dialog says what it found and lists the policies, each as its type then its name, in
 * `listed`; all of them are imported.
 */
async function importEveryListed(dialog: Locator, status: string, listed: string[]) {
  await expect(dialog.getByRole('status')).toHaveText(status);
  await expect(
    dialog.getByRole('list', { name: 'Policies to import' }).getByRole('listitem'),
  ).toHaveText(listed);
  await dialog.getByRole('button', { name: `Import ${listed.length} policies` }).click();
  await expect(dialog).toBeHidden();
}

test('a CloudFormation JSON template gives one policy per policy resource, named after it', async ({
  page,
}) => {
  await openStudio(page);
  const dialog = await openImport(page);
  await dialog
    .locator('input[type="file"]')
    .setInputFiles(importFixture('cloudformation-stack.json'));
  await importEveryListed(
    dialog,
    '4 policies found in cloudformation-stack.json, a CloudFormation template:',
    [
      'IdentityDeployPolicy',
      'IdentityReadArtifactsPolicy',
      'ResourceArtifactsBucketPolicy',
      'SCPDenyLeavingOrganization',
    ],
  );

  const allowed = (sid: string, action: string | string[], resource: string) => ({
    Version: '2012-10-17',
    Statement: [{ Sid: sid, Effect: 'Allow', Action: action, Resource: resource }],
  });
  await expectImported(page, [
    {
      name: 'DeployPolicy',
      typeLine: 'Identity policy',
      document: allowed(
        'DeployAppStacks',
        ['cloudformation:CreateStack', 'cloudformation:UpdateStack'],
        'arn:${AWS::Partition}:cloudformation:${AWS::Region}:${AWS::AccountId}:stack/app-*/*',
      ),
    },
    {
      name: 'ReadArtifactsPolicy',
      typeLine: 'Identity policy',
      document: allowed('ReadArtifacts', 's3:GetObject', 'arn:aws:s3:::${ArtifactsBucket}/*'),
    },
    {
      name: 'ArtifactsBucketPolicy',
      typeLine: 'Resource policy',
      document: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'DenyInsecureTransport',
            Effect: 'Deny',
            Principal: '*',
            Action: 's3:*',
            Resource: ['${ArtifactsBucket.Arn}', '${ArtifactsBucket.Arn}/*'],
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          },
        ],
      },
    },
    {
      name: 'DenyLeavingOrganization',
      typeLine: 'SCP policy · level 0',
      document: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'DenyLeaveOrganization',
            Effect: 'Deny',
            Action: 'organizations:LeaveOrganization',
            Resource: '*',
          },
        ],
      },
    },
  ]);
  await page.screenshot({ path: '/tmp/import-cloudformation-json.png' });
});

test('a dropped Terraform JSON plan gives one policy per resource, named by its address', async ({
  page,
}) => {
  await openStudio(page);
  const dialog = await openImport(page);
  const dataTransfer = await page.evaluateHandle(
    (text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'plan.json', { type: 'application/json' }));
      return transfer;
    },
    readFileSync(importFixture('terraform-plan.json'), 'utf8'),
  );
  await dialog.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer });
  // The plan's resource_changes repeat the same policies: each is taken once.
  await importEveryListed(dialog, '4 policies found in plan.json, a Terraform plan:', [
    'Identityaws_iam_policy.deploy',
    'Trustaws_iam_role.builder',
    'Resourceaws_s3_bucket_policy.artifacts',
    'RCPmodule.org.aws_organizations_policy.secure_transport',
  ]);

  await expectImported(page, [
    {
      name: 'aws_iam_policy.deploy',
      typeLine: 'Identity policy',
      document: {
        Statement: [
          {
            Action: ['ecr:PutImage', 'ecr:UploadLayerPart'],
            Effect: 'Allow',
            Resource: 'arn:aws:ecr:eu-west-1:444455556666:repository/app',
            Sid: 'PushImages',
          },
        ],
        Version: '2012-10-17',
      },
    },
    {
      name: 'aws_iam_role.builder',
      typeLine: 'Trust policy',
      document: {
        Statement: [
          {
            Action: 'sts:AssumeRole',
            Effect: 'Allow',
            Principal: { Service: 'codebuild.amazonaws.com' },
            Sid: 'TrustCodeBuild',
          },
        ],
        Version: '2012-10-17',
      },
    },
    {
      name: 'aws_s3_bucket_policy.artifacts',
      typeLine: 'Resource policy',
      document: {
        Statement: [
          {
            Action: 's3:GetObject',
            Effect: 'Allow',
            Principal: { Service: 'cloudfront.amazonaws.com' },
            Resource: 'arn:aws:s3:::acme-release-artifacts/*',
            Sid: 'AllowCloudFrontRead',
          },
        ],
        Version: '2012-10-17',
      },
    },
    {
      name: 'module.org.aws_organizations_policy.secure_transport',
      typeLine: 'RCP policy · level 0',
      document: RCP,
    },
  ]);
  await page.screenshot({ path: '/tmp/import-terraform-plan.png' });
});
