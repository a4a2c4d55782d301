import type { ScenarioPolicy } from '../scenario/model.ts';
import { hclBlock, hclString, hclVariable, heredoc } from './hcl.ts';
import { iamPolicyNameFrom, identifierFrom } from './names.ts';
import { PLACEHOLDERS } from './placeholders.ts';
import { exportTarget, type AttachedKind, type ExportText, type IamHolder } from './target.ts';

// The resources and their arguments, from the AWS provider's documentation:
// https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/<resource name>.

/** The resource each attached kind becomes, and its argument naming where the policy goes. */
const ATTACHED_RESOURCES: Record<
  Exclude<AttachedKind, 'kms-key' | 'session'>,
  { type: string; target: string; policy: string }
> = {
  'role-trust': { type: 'aws_iam_role', target: 'name', policy: 'assume_role_policy' },
  's3-bucket': { type: 'aws_s3_bucket_policy', target: 'bucket', policy: 'policy' },
  'sqs-queue': { type: 'aws_sqs_queue_policy', target: 'queue_url', policy: 'policy' },
  'sns-topic': { type: 'aws_sns_topic_policy', target: 'arn', policy: 'policy' },
  'vpc-endpoint': {
    type: 'aws_vpc_endpoint_policy',
    target: 'vpc_endpoint_id',
    policy: 'policy',
  },
};

function managedPolicy(id: string, name: string, document: string): string {
  return hclBlock(`resource "aws_iam_policy" "${id}"`, [
    ['name', `"${iamPolicyNameFrom(name, 'policy')}"`],
    ['policy', heredoc(document, '  ')],
  ]);
}

function boundaryNote(id: string, holders: IamHolder[]): string {
  const lines = [
    '# A permissions boundary grants nothing: the role or user it limits names it, in its',
    '# aws_iam_role or aws_iam_user resource, with',
    `#   permissions_boundary = aws_iam_policy.${id}.arn`,
  ];
  if (holders.length > 0) {
    lines.push(`# It is the boundary of ${holders.map((h) => `${h.kind} ${h.name}`).join(', ')}.`);
  }
  return lines.join('\n');
}

function organizationsPolicy(id: string, name: string, type: string, document: string): string[] {
  return [
    hclBlock(`resource "aws_organizations_policy" "${id}"`, [
      ['name', hclString(name)],
      ['type', `"${type}"`],
      ['content', heredoc(document, '  ')],
    ]),
    hclVariable('target_id', 'The root, organizational unit or account to attach it to', undefined),
    hclBlock(`resource "aws_organizations_policy_attachment" "${id}"`, [
      ['policy_id', `aws_organizations_policy.${id}.id`],
      ['target_id', 'var.target_id'],
    ]),
  ];
}

function kmsKey(id: string, name: string, document: string): string[] {
  const key = hclBlock(`resource "aws_kms_key" "${id}"`, [
    ['description', hclString(name)],
    ['policy', heredoc(document, '  ')],
  ]);
  return [
    `# A new key with this key policy; for a key that exists, use aws_kms_key_policy\n${key}`,
  ];
}

/** A session policy limits the session Terraform's AWS provider opens with the role. */
function sessionProvider(name: string, document: string, roleArn: string | undefined): string[] {
  const { name: variable, description } = PLACEHOLDERS.session;
  const assumeRole = hclBlock(
    'assume_role',
    [
      ['role_arn', `var.${variable}`],
      ['session_name', `"${iamPolicyNameFrom(name, 'session').slice(0, 64)}"`],
      ['policy', heredoc(document, '    ')],
    ],
    '  ',
  );
  return [
    hclVariable(variable, description, roleArn),
    ['provider "aws" {', assumeRole, '}'].join('\n'),
  ];
}

function attachedResource(
  kind: keyof typeof ATTACHED_RESOURCES,
  id: string,
  document: string,
  identifier: string | undefined,
): string[] {
  const resource = ATTACHED_RESOURCES[kind];
  const { name, description } = PLACEHOLDERS[kind];
  return [
    hclVariable(name, description, identifier),
    hclBlock(`resource "${resource.type}" "${id}"`, [
      [resource.target, `var.${name}`],
      [resource.policy, heredoc(document, '  ')],
    ]),
  ];
}

function blocks(policy: ScenarioPolicy): string[] | string {
  const name = policy.name ?? policy.id;
  const id = identifierFrom(name, 'policy');
  const document = policy.document;
  const target = exportTarget(policy);
  switch (target.kind) {
    case 'managed-policy':
      return [managedPolicy(id, name, document)];
    case 'permissions-boundary':
      return [`${boundaryNote(id, target.holders)}\n${managedPolicy(id, name, document)}`];
    case 'organizations':
      return organizationsPolicy(id, name, target.policyType, document);
    case 'kms-key':
      return kmsKey(id, name, document);
    case 'session':
      return sessionProvider(name, document, target.identifier);
    case 'not-exportable':
      return target.reason;
    default:
      return attachedResource(target.kind, id, document, target.identifier);
  }
}

/** The policy as the Terraform resource its type calls for, its text kept as written. */
export function toTerraform(policy: ScenarioPolicy): ExportText {
  const result = blocks(policy);
  if (typeof result === 'string') return { unavailable: result };
  return { text: `${result.join('\n\n')}\n` };
}
