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

interface TypedExport {
  /** The step's title. */
  what: string;
  /** The "Add policy" choice. */
  type: string;
  statement: Record<string, unknown>;
  /** The policy settings' field naming what the policy applies to, and its value. */
  attachedTo?: { label: string; value: string };
  terraform: string[];
  /** The template's lines, or why the format cannot hold this type. */
  cloudFormation: string[] | { unavailable: string };
  cli: string[];
  /** A boundary is an IAM managed policy; no other type here may be exported as one. */
  managedPolicy?: true;
}

/** Resource policies: one type, the resource each is for read from the ARNs (or actions) it names. */
const RESOURCE_POLICY_EXPORTS: TypedExport[] = [
  {
    what: 'an S3 bucket policy',
    type: 'resource',
    statement: {
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::111122223333:role/Reader' },
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::reports-bucket/*',
    },
    terraform: [
      'default     = "reports-bucket"',
      'resource "aws_s3_bucket_policy"',
      'bucket = var.bucket_name',
    ],
    cloudFormation: ['Default: reports-bucket', 'Type: AWS::S3::BucketPolicy', 'Ref: BucketName'],
    cli: [
      "BUCKET_NAME='reports-bucket'",
      'aws s3api put-bucket-policy \\',
      '--bucket "$BUCKET_NAME"',
    ],
  },
  {
    what: 'an SQS queue policy',
    type: 'resource',
    statement: {
      Effect: 'Allow',
      Principal: { Service: 'sns.amazonaws.com' },
      Action: 'sqs:SendMessage',
      Resource: 'arn:aws:sqs:us-east-1:111122223333:orders',
    },
    terraform: [
      'default     = "https://sqs.us-east-1.amazonaws.com/111122223333/orders"',
      'resource "aws_sqs_queue_policy"',
      'queue_url = var.queue_url',
    ],
    cloudFormation: ['Type: AWS::SQS::QueuePolicy', 'Queues:\n        - Ref: QueueUrl'],
    cli: [
      "QUEUE_URL='https://sqs.us-east-1.amazonaws.com/111122223333/orders'",
      'aws sqs set-queue-attributes \\',
      '--attributes \'{"Policy":"{\\n  \\"Version\\": \\"2012-10-17\\"',
    ],
  },
  {
    what: 'an SNS topic policy',
    type: 'resource',
    statement: {
      Effect: 'Allow',
      Principal: { Service: 'events.amazonaws.com' },
      Action: 'sns:Publish',
      Resource: 'arn:aws:sns:us-east-1:111122223333:alerts',
    },
    terraform: ['resource "aws_sns_topic_policy"', 'arn    = var.topic_arn'],
    cloudFormation: ['Type: AWS::SNS::TopicPolicy', 'Topics:\n        - Ref: TopicArn'],
    cli: [
      "TOPIC_ARN='arn:aws:sns:us-east-1:111122223333:alerts'",
      'aws sns set-topic-attributes \\',
      '--attribute-name Policy \\',
    ],
  },
  {
    what: 'a KMS key policy',
    type: 'resource',
    statement: {
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::111122223333:root' },
      Action: 'kms:*',
      Resource: '*',
    },
    terraform: ['resource "aws_kms_key"', 'policy      = <<-POLICY'],
    cloudFormation: ['Type: AWS::KMS::Key', 'KeyPolicy:'],
    cli: ['aws kms put-key-policy \\', '--key-id "$KEY_ID" \\', '--policy-name default \\'],
  },
];

const OTHER_TYPE_EXPORTS: TypedExport[] = [
  {
    what: 'an RCP',
    type: 'rcp',
    statement: {
      Sid: 'EnforceTls',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: '*',
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
    terraform: [
      'resource "aws_organizations_policy"',
      'type    = "RESOURCE_CONTROL_POLICY"',
      'resource "aws_organizations_policy_attachment"',
    ],
    cloudFormation: ['Type: AWS::Organizations::Policy', 'Type: RESOURCE_CONTROL_POLICY'],
    cli: [
      'aws organizations create-policy \\',
      '--type RESOURCE_CONTROL_POLICY \\',
      'aws organizations attach-policy \\',
    ],
  },
  {
    what: 'a permissions boundary',
    type: 'permissions-boundary',
    statement: { Effect: 'Allow', Action: ['s3:*', 'sqs:*'], Resource: '*' },
    attachedTo: { label: 'Boundary of (principals)', value: 'arn:aws:iam::111122223333:role/app' },
    managedPolicy: true,
    terraform: [
      'resource "aws_iam_policy"',
      '#   permissions_boundary = aws_iam_policy.',
      '# It is the boundary of role app.',
    ],
    cloudFormation: [
      'Type: AWS::IAM::ManagedPolicy',
      'name this ARN as the PermissionsBoundary of an AWS::IAM::Role or AWS::IAM::User',
    ],
    cli: [
      'BOUNDARY_ARN=$(aws iam create-policy \\',
      'aws iam put-role-permissions-boundary \\\n  --role-name \'app\' \\\n  --permissions-boundary "$BOUNDARY_ARN"',
    ],
  },
  {
    what: 'a session policy',
    type: 'session',
    statement: { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
    attachedTo: {
      label: 'Sessions (principals)',
      value: 'arn:aws:sts::111122223333:assumed-role/Deploy/ci',
    },
    terraform: [
      'default     = "arn:aws:iam::111122223333:role/Deploy"',
      'provider "aws" {\n  assume_role {\n    role_arn     = var.role_arn',
      'policy       = <<-POLICY',
    ],
    cloudFormation: {
      unavailable:
        'A session policy is no resource: it is passed when the role session is requested (aws sts assume-role --policy',
    },
    cli: [
      "ROLE_ARN='arn:aws:iam::111122223333:role/Deploy'",
      'aws sts assume-role \\\n  --role-arn "$ROLE_ARN" \\',
      "--policy '{",
    ],
  },
  {
    what: 'a VPC endpoint policy',
    type: 'vpc-endpoint',
    statement: {
      Effect: 'Allow',
      Principal: '*',
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::reports-bucket/*',
    },
    attachedTo: { label: 'VPC endpoint', value: 'vpce-0123456789abcdef0' },
    terraform: [
      'default     = "vpce-0123456789abcdef0"',
      'resource "aws_vpc_endpoint_policy"',
      'vpc_endpoint_id = var.vpc_endpoint_id',
    ],
    cloudFormation: ['Type: AWS::EC2::VPCEndpoint', 'PolicyDocument:'],
    cli: [
      "VPC_ENDPOINT_ID='vpce-0123456789abcdef0'",
      'aws ec2 modify-vpc-endpoint \\',
      "--policy-document '{",
    ],
  },
];

const documentOf = (statement: Record<string, unknown>) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [statement] }, null, 2);

/**
 * Opens the export dialog on the selected policy and checks that each format holds the case's
 * lines and, unless the case is a managed policy, not the IAM managed policy's.
 */
async function checkExports(page: Page, typed: TypedExport) {
  const { terraform, cloudFormation, cli, managedPolicy } = typed;
  await header(page).getByRole('button', { name: 'Export' }).click();
  const code = await exported(page, 'Terraform');
  for (const line of terraform) await expect(code).toContainText(line);
  if (!managedPolicy) await expect(code).not.toContainText('aws_iam_policy"');
  if (Array.isArray(cloudFormation)) {
    const template = await exported(page, 'CloudFormation (YAML)');
    for (const line of cloudFormation) await expect(template).toContainText(line);
    if (!managedPolicy) await expect(template).not.toContainText('AWS::IAM::ManagedPolicy');
  } else {
    await exportDialog(page).getByRole('tab', { name: 'CloudFormation (YAML)' }).click();
    await expect(exportDialog(page).getByRole('alert')).toContainText(cloudFormation.unavailable);
  }
  const script = await exported(page, 'AWS CLI');
  for (const line of cli) await expect(script).toContainText(line);
  if (!managedPolicy) await expect(script).not.toContainText('aws iam create-policy');
}

/** Adds a policy of the case's type through the policy list and its settings, as a user does. */
async function addTypedPolicy(page: Page, { type, statement, attachedTo }: TypedExport) {
  await addPolicy(page, type, documentOf(statement));
  if (attachedTo) {
    // By role: the label's text takes in the field's value, so an exact label stops matching.
    const field = policyList(page).getByRole('textbox', { name: attachedTo.label, exact: true });
    await field.fill(attachedTo.value);
    await field.blur();
  }
}

/** Adds each case's policy and checks its exports, a step each, on one page. */
async function exportEach(page: Page, cases: TypedExport[]) {
  await openStudio(page);
  for (const typed of cases) {
    await test.step(typed.what, async () => {
      await addTypedPolicy(page, typed);
      await checkExports(page, typed);
      await page.screenshot({ path: `/tmp/exports-${typed.what.replace(/\W+/g, '-')}.png` });
      await exportDialog(page).getByRole('button', { name: 'Close' }).click();
      await expect(exportDialog(page)).toBeHidden();
    });
  }
}

test('bucket, queue, topic and key policies are exported as their own resources and commands', async ({
  page,
}) => {
  await exportEach(page, RESOURCE_POLICY_EXPORTS);
});

test('RCP, boundary, session and VPC endpoint policies are exported where their type goes', async ({
  page,
}) => {
  await exportEach(page, OTHER_TYPE_EXPORTS);
});
