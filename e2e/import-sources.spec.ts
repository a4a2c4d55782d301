import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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

/** A policy list entry by its name and the type line under it ("SCP policy · level 0"). */
const listedEntry = (page: Page, name: string, typeLine: string) =>
  policyList(page).getByRole('button', {
    name: new RegExp(`^(Valid|Warnings|Errors) ${escaped(name)} ${escaped(typeLine)}$`),
  });

/** The policy the editor shows now, parsed. */
const editorDocument = async (page: Page) =>
  JSON.parse(await callHook(page, 'getValue')) as unknown;

/** `aws --output json` prints Python's json.dumps(..., indent=4): what this writes. */
const cliOutput = (output: object) => `${JSON.stringify(output, null, 4)}\n`;

const ROLE_TRUST = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'TrustCodeBuild',
      Effect: 'Allow',
      Principal: { Service: 'codebuild.amazonaws.com' },
      Action: 'sts:AssumeRole',
    },
  ],
};
const inline = (sid: string, action: string, resource: string) => ({
  Version: '2012-10-17',
  Statement: [{ Sid: sid, Effect: 'Allow', Action: [action], Resource: resource }],
});
const ROLE_INLINE = inline('WriteArtifacts', 's3:PutObject', 'arn:aws:s3:::acme-artifacts/*');
const USER_INLINE = inline(
  'ReadOwnAccessKeys',
  'iam:ListAccessKeys',
  'arn:aws:iam::*:user/${aws:username}',
);
const GROUP_INLINE = inline('DescribeInstances', 'ec2:DescribeInstances', '*');
const QUEUE_POLICY = {
  Version: '2012-10-17',
  Id: 'arn:aws:sqs:us-east-1:123456789012:order-events/SQSDefaultPolicy',
  Statement: [
    {
      Sid: 'AllowOrdersTopic',
      Effect: 'Allow',
      Principal: { Service: 'sns.amazonaws.com' },
      Action: 'SQS:SendMessage',
      Resource: 'arn:aws:sqs:us-east-1:123456789012:order-events',
      Condition: { ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:123456789012:orders' } },
    },
  ],
};
/** A key policy as KMS keeps the console's: spaces before colons, statements on one line. */
const KEY_POLICY_TEXT =
  '{\n  "Version" : "2012-10-17",\n  "Id" : "key-consolepolicy-3",\n  "Statement" : [ {\n' +
  '    "Sid" : "Enable IAM User Permissions",\n    "Effect" : "Allow",\n' +
  '    "Principal" : {\n      "AWS" : "arn:aws:iam::111122223333:root"\n    },\n' +
  '    "Action" : "kms:*",\n    "Resource" : "*"\n  }, {\n' +
  '    "Sid" : "Allow use of the key",\n    "Effect" : "Allow",\n' +
  '    "Principal" : {\n      "AWS" : "arn:aws:iam::111122223333:role/app"\n    },\n' +
  '    "Action" : [ "kms:Encrypt", "kms:Decrypt" ],\n    "Resource" : "*"\n  } ]\n}';
const SCP = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'DenyOutsideEU',
      Effect: 'Deny',
      NotAction: ['iam:*', 'sts:*'],
      Resource: '*',
      Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1', 'eu-central-1'] } },
    },
  ],
};
const RCP = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'EnforceSecureTransport',
      Effect: 'Deny',
      Principal: '*',
      Action: ['s3:*', 'sqs:*'],
      Resource: '*',
      Condition: { BoolIfExists: { 'aws:SecureTransport': 'false' } },
    },
  ],
};
const describePolicy = (type: string, path: string, id: string, name: string, content: object) =>
  cliOutput({
    Policy: {
      PolicySummary: {
        Id: id,
        Arn: `arn:aws:organizations::111111111111:policy/o-exampleorgid/${path}/${id}`,
        Name: name,
        Description: `${name}, attached to the workloads OU`,
        Type: type,
        AwsManaged: false,
      },
      Content: JSON.stringify(content),
    },
  });

/** What each command prints, and the policy the studio must make of it. */
const CLI_OUTPUTS = [
  {
    command: 'aws iam get-role',
    output: cliOutput({
      Role: {
        Path: '/',
        RoleName: 'release-builder',
        RoleId: 'AROA3XFRBF535PLBIFPI4',
        Arn: 'arn:aws:iam::123456789012:role/release-builder',
        CreateDate: '2024-11-05T09:12:44+00:00',
        AssumeRolePolicyDocument: ROLE_TRUST,
        Description: 'Builds releases in CodeBuild',
        MaxSessionDuration: 3600,
        RoleLastUsed: { LastUsedDate: '2025-02-27T16:03:11+00:00', Region: 'us-east-1' },
      },
    }),
    type: 'Trust',
    name: 'release-builder',
    typeLine: 'Trust policy',
    document: ROLE_TRUST,
    sid: 'TrustCodeBuild',
  },
  {
    command: 'aws iam get-role-policy',
    output: cliOutput({
      RoleName: 'release-builder',
      PolicyName: 'write-artifacts',
      PolicyDocument: ROLE_INLINE,
    }),
    type: 'Identity',
    name: 'write-artifacts',
    typeLine: 'Identity policy',
    document: ROLE_INLINE,
    sid: 'WriteArtifacts',
  },
  {
    command: 'aws iam get-user-policy',
    output: cliOutput({ UserName: 'alice', PolicyName: 'own-keys', PolicyDocument: USER_INLINE }),
    type: 'Identity',
    name: 'own-keys',
    typeLine: 'Identity policy',
    document: USER_INLINE,
    sid: 'ReadOwnAccessKeys',
  },
  {
    command: 'aws iam get-group-policy',
    output: cliOutput({
      GroupName: 'operators',
      PolicyName: 'describe-ec2',
      PolicyDocument: GROUP_INLINE,
    }),
    type: 'Identity',
    name: 'describe-ec2',
    typeLine: 'Identity policy',
    document: GROUP_INLINE,
    sid: 'DescribeInstances',
  },
  {
    command: 'aws sqs get-queue-attributes',
    output: cliOutput({
      Attributes: {
        QueueArn: 'arn:aws:sqs:us-east-1:123456789012:order-events',
        ApproximateNumberOfMessages: '0',
        ApproximateNumberOfMessagesNotVisible: '0',
        ApproximateNumberOfMessagesDelayed: '0',
        CreatedTimestamp: '1709647722',
        LastModifiedTimestamp: '1709648100',
        VisibilityTimeout: '30',
        MaximumMessageSize: '262144',
        MessageRetentionPeriod: '345600',
        DelaySeconds: '0',
        Policy: JSON.stringify(QUEUE_POLICY),
        ReceiveMessageWaitTimeSeconds: '0',
        SqsManagedSseEnabled: 'true',
      },
    }),
    type: 'Resource',
    name: 'order-events',
    typeLine: 'Resource policy',
    document: QUEUE_POLICY,
    sid: 'AllowOrdersTopic',
  },
  {
    command: 'aws kms get-key-policy',
    output: cliOutput({ Policy: KEY_POLICY_TEXT, PolicyName: 'default' }),
    type: 'Resource',
    name: 'Key policy default',
    typeLine: 'Resource policy',
    document: JSON.parse(KEY_POLICY_TEXT) as object,
    sid: 'Allow use of the key',
  },
  {
    command: 'aws organizations describe-policy',
    output: describePolicy(
      'SERVICE_CONTROL_POLICY',
      'service_control_policy',
      'p-4ksoct2a',
      'DenyOutsideEU',
      SCP,
    ),
    type: 'SCP',
    name: 'DenyOutsideEU',
    typeLine: 'SCP policy · level 0',
    document: SCP,
    sid: 'DenyOutsideEU',
  },
  {
    command: 'aws organizations describe-policy',
    output: describePolicy(
      'RESOURCE_CONTROL_POLICY',
      'resource_control_policy',
      'p-8smqm4wa',
      'EnforceSecureTransport',
      RCP,
    ),
    type: 'RCP',
    name: 'EnforceSecureTransport',
    typeLine: 'RCP policy · level 0',
    document: RCP,
    sid: 'EnforceSecureTransport',
  },
];

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

      await expect(listedEntry(page, name, typeLine)).toHaveAttribute('aria-current', 'true');
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
    await listedEntry(page, name, typeLine).click();
    await expect(listedEntry(page, name, typeLine)).toHaveAttribute('aria-current', 'true');
    await expect.poll(() => editorDocument(page), name).toEqual(document);
  }
}

test('a CloudFormation JSON template gives one policy per policy resource, named after it', async ({
  page,
}) => {
  await openStudio(page);
  const dialog = await openImport(page);
  await dialog
    .locator('input[type="file"]')
    .setInputFiles(importFixture('cloudformation-stack.json'));
  await expect(dialog.getByRole('status')).toHaveText(
    '4 policies found in cloudformation-stack.json, a CloudFormation template:',
  );
  await expect(
    dialog.getByRole('list', { name: 'Policies to import' }).getByRole('listitem'),
  ).toHaveText([
    'IdentityDeployPolicy',
    'IdentityReadArtifactsPolicy',
    'ResourceArtifactsBucketPolicy',
    'SCPDenyLeavingOrganization',
  ]);
  await dialog.getByRole('button', { name: 'Import 4 policies' }).click();
  await expect(dialog).toBeHidden();

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
  await expect(dialog.getByRole('status')).toHaveText(
    '4 policies found in plan.json, a Terraform plan:',
  );
  // The plan's resource_changes repeat the same policies: each is taken once.
  await expect(
    dialog.getByRole('list', { name: 'Policies to import' }).getByRole('listitem'),
  ).toHaveText([
    'Identityaws_iam_policy.deploy',
    'Trustaws_iam_role.builder',
    'Resourceaws_s3_bucket_policy.artifacts',
    'RCPmodule.org.aws_organizations_policy.secure_transport',
  ]);
  await dialog.getByRole('button', { name: 'Import 4 policies' }).click();
  await expect(dialog).toBeHidden();

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
