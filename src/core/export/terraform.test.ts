import { describe, expect, it } from 'vitest';
import type { PolicyType, ScenarioPolicy } from '../scenario/model.ts';
import { policyWith, KEY_POLICY, POLICY_OF_TYPE, QUEUE_POLICY, TOPIC_POLICY } from './fixtures.ts';
import { toTerraform } from './terraform.ts';

// Resources and arguments from the AWS provider's documentation,
// https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/<name>.

const DOCUMENT = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "OwnHome",
      "Effect": "Allow",
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::home/\${aws:username}/*",
      "Condition": { "StringLike": { "s3:prefix": "it's %{weird}" } }
    }
  ]
}`;

const policy: ScenarioPolicy = {
  id: 'home',
  name: 'Home folder (read)',
  type: 'identity',
  document: DOCUMENT,
};

function terraform(exported: ScenarioPolicy): string {
  const result = toTerraform(exported);
  if (!('text' in result)) throw new Error(result.unavailable);
  return result.text;
}

/** The heredoc after `attribute = <<-MARKER`, its indentation and template escapes undone. */
function heredocBody(text: string, attribute: string): string {
  const match = new RegExp(` ${attribute} += <<-(\\w+)\\n([\\s\\S]*?)\\n *\\1\\n`).exec(text);
  const lines = (match?.[2] ?? '').split('\n');
  const indent = Math.min(...lines.map((line) => /^ */.exec(line)?.[0].length ?? 0));
  return lines
    .map((line) => line.slice(indent))
    .join('\n')
    .replace(/\$\$\{/g, '${')
    .replace(/%%\{/g, '%{');
}

describe('toTerraform', () => {
  it('keeps the text and escapes template syntax, so IAM variables stay literal', () => {
    const block = terraform(policy);
    expect(
      block.startsWith(
        'resource "aws_iam_policy" "Home_folder_read" {\n  name   = "Home-folder-read"',
      ),
    ).toBe(true);
    expect(block).toContain('"Resource": "arn:aws:s3:::home/$${aws:username}/*"');
    expect(block).toContain("it's %%{weird}");
    expect(block).not.toMatch(/[^$]\$\{aws/);
    expect(heredocBody(block, 'policy')).toBe(DOCUMENT);
  });

  it('picks a heredoc marker that no line of the policy equals', () => {
    expect(terraform({ ...policy, document: '{\n"Id": "x"\n}\nPOLICY' })).toContain('<<-POLICY1');
  });

  it.each([
    ['identity', 'resource "aws_iam_policy"', 'policy'],
    ['permissions-boundary', 'resource "aws_iam_policy"', 'policy'],
    ['trust', 'resource "aws_iam_role"', 'assume_role_policy'],
    ['scp', 'resource "aws_organizations_policy"', 'content'],
    ['rcp', 'resource "aws_organizations_policy"', 'content'],
    ['resource', 'resource "aws_s3_bucket_policy"', 'policy'],
    ['vpc-endpoint', 'resource "aws_vpc_endpoint_policy"', 'policy'],
    ['session', 'provider "aws"', 'policy'],
  ] as const)('a %s policy becomes %s, the policy as written in %s', (type, block, attribute) => {
    const text = terraform(POLICY_OF_TYPE[type]);
    expect(text).toContain(`${block} `);
    expect(heredocBody(text, attribute)).toBe(POLICY_OF_TYPE[type].document);
  });

  it.each([
    [QUEUE_POLICY, 'aws_sqs_queue_policy', 'queue_url', 'queue_url'],
    [TOPIC_POLICY, 'aws_sns_topic_policy', 'arn', 'topic_arn'],
  ])(
    'a resource policy of another service becomes its resource: %#',
    (exported, resource, argument, variable) => {
      const text = terraform(exported);
      expect(text).toContain(`resource "${resource}"`);
      expect(text).toMatch(new RegExp(`\\n  ${argument} += var\\.${variable}\\n`));
    },
  );

  it('creates a key with a key policy', () => {
    const text = terraform(KEY_POLICY);
    expect(text).toContain('resource "aws_kms_key" "Reports_key" {\n  description = "Reports key"');
    expect(heredocBody(text, 'policy')).toBe(KEY_POLICY.document);
  });

  it('gives an SCP or RCP its policy type and attaches it to a target the user names', () => {
    const types: [PolicyType, string][] = [
      ['scp', 'SERVICE_CONTROL_POLICY'],
      ['rcp', 'RESOURCE_CONTROL_POLICY'],
    ];
    for (const [type, organizationsType] of types) {
      const text = terraform(POLICY_OF_TYPE[type]);
      expect(text).toContain(`  type    = "${organizationsType}"\n`);
      expect(text).toContain('variable "target_id" {');
      expect(text).not.toMatch(/variable "target_id" \{[^}]*default/);
      expect(text).toMatch(
        /resource "aws_organizations_policy_attachment" "\w+" \{\n {2}policy_id = aws_organizations_policy\.\w+\.id\n {2}target_id = var\.target_id\n\}/,
      );
    }
  });

  it('names the role of a trust policy from attachedTo, as the variable role_name', () => {
    const text = terraform(POLICY_OF_TYPE.trust);
    expect(text).toMatch(/variable "role_name" \{[^}]*\n {2}default {5}= "Deploy"\n\}/);
    expect(text).toContain('  name               = var.role_name\n');
  });

  it('asks for the bucket when no ARN names it, and escapes a name it reads', () => {
    const anyBucket = {
      ...POLICY_OF_TYPE.resource,
      document: policyWith(
        '{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "arn:aws:s3:::*"}',
      ),
    };
    expect(terraform(anyBucket)).not.toMatch(/variable "bucket_name" \{[^}]*default/);
    const withTemplate = { ...POLICY_OF_TYPE.resource, attachedTo: ['arn:aws:s3:::a"b%{c}'] };
    expect(terraform(withTemplate)).toContain('default     = "a\\"b%%{c}"');
  });

  it('says how to set a permissions boundary, which grants nothing by itself', () => {
    const text = terraform({
      ...POLICY_OF_TYPE['permissions-boundary'],
      attachedTo: ['arn:aws:iam::111122223333:role/Build'],
    });
    expect(text).toContain('#   permissions_boundary = aws_iam_policy.Developer_boundary.arn\n');
    expect(text).toContain('# It is the boundary of role Build.\n');
  });

  it('passes a session policy to the role the provider assumes', () => {
    const text = terraform(POLICY_OF_TYPE.session);
    expect(text).toMatch(
      /provider "aws" \{\n {2}assume_role \{\n {4}role_arn {5}= var\.role_arn\n {4}session_name = "Read-only-session"\n {4}policy {7}= <<-POLICY\n/,
    );
  });

  it('refuses a resource policy it has no resource for, saying why', () => {
    const lambda = {
      ...POLICY_OF_TYPE.resource,
      document: policyWith(
        '{"Effect": "Allow", "Principal": "*", "Action": "lambda:InvokeFunction", "Resource": "*"}',
      ),
    };
    expect(toTerraform(lambda)).toEqual({
      unavailable: expect.stringContaining('lambda') as string,
    });
  });
});
