import { stringify } from 'yaml';
import type { ScenarioPolicy } from '../scenario/model.ts';
import { iamPolicyNameFrom, identifierFrom } from './names.ts';
import { parameterName, PLACEHOLDERS } from './placeholders.ts';
import { exportTarget, type AttachedKind, type ExportText, type ExportTarget } from './target.ts';

// Resource types and properties from the CloudFormation template reference:
// https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-<type>.html
// (for example aws-resource-iam-role, aws-resource-organizations-policy, aws-resource-s3-bucketpolicy).

type Template = Record<string, unknown>;

interface Parameter {
  Type: 'String';
  Description: string;
  Default?: string;
}

interface Built {
  parameters?: Record<string, Parameter>;
  resource: { Type: string; Properties: Record<string, unknown> };
  outputs?: Record<string, unknown>;
}

function parameter(description: string, value?: string): Parameter {
  return value === undefined
    ? { Type: 'String', Description: description }
    : { Type: 'String', Description: description, Default: value };
}

/** A parameter for the attached kind's placeholder, with its Ref. */
function placeholder(kind: AttachedKind, value: string | undefined) {
  const { name, description } = PLACEHOLDERS[kind];
  const id = parameterName(name);
  return { parameters: { [id]: parameter(description, value) }, ref: { Ref: id } };
}

function attachedResource(
  kind: Exclude<AttachedKind, 'kms-key' | 'session' | 'vpc-endpoint'>,
  document: unknown,
  identifier: string | undefined,
): Built {
  const { parameters, ref } = placeholder(kind, identifier);
  const resources = {
    'role-trust': {
      Type: 'AWS::IAM::Role',
      Properties: { RoleName: ref, AssumeRolePolicyDocument: document },
    },
    's3-bucket': {
      Type: 'AWS::S3::BucketPolicy',
      Properties: { Bucket: ref, PolicyDocument: document },
    },
    'sqs-queue': {
      Type: 'AWS::SQS::QueuePolicy',
      Properties: { Queues: [ref], PolicyDocument: document },
    },
    'sns-topic': {
      Type: 'AWS::SNS::TopicPolicy',
      Properties: { Topics: [ref], PolicyDocument: document },
    },
  };
  return { parameters, resource: resources[kind] };
}

/** CloudFormation creates endpoints; it cannot set the policy of one made elsewhere. */
function vpcEndpoint(document: unknown): Built {
  return {
    parameters: {
      VpcId: parameter('The VPC the endpoint is in'),
      ServiceName: parameter('The endpoint service, for example com.amazonaws.us-east-1.s3'),
    },
    resource: {
      Type: 'AWS::EC2::VPCEndpoint',
      Properties: {
        VpcId: { Ref: 'VpcId' },
        ServiceName: { Ref: 'ServiceName' },
        PolicyDocument: document,
      },
    },
  };
}

function managedPolicy(name: string, document: unknown): Built['resource'] {
  return {
    Type: 'AWS::IAM::ManagedPolicy',
    Properties: { ManagedPolicyName: iamPolicyNameFrom(name, 'policy'), PolicyDocument: document },
  };
}

function build(
  target: ExportTarget,
  name: string,
  logicalId: string,
  document: unknown,
): Built | string {
  switch (target.kind) {
    case 'managed-policy':
      return { resource: managedPolicy(name, document) };
    case 'permissions-boundary':
      return {
        resource: managedPolicy(name, document),
        outputs: {
          [`${logicalId}Arn`]: {
            Description:
              'A permissions boundary grants nothing: name this ARN as the PermissionsBoundary of an AWS::IAM::Role or AWS::IAM::User',
            Value: { Ref: logicalId },
          },
        },
      };
    case 'organizations':
      return {
        parameters: {
          TargetId: parameter('The root, organizational unit or account to attach it to'),
        },
        resource: {
          Type: 'AWS::Organizations::Policy',
          Properties: {
            Name: name,
            Type: target.policyType,
            Content: document,
            TargetIds: [{ Ref: 'TargetId' }],
          },
        },
      };
    case 'kms-key':
      return {
        resource: { Type: 'AWS::KMS::Key', Properties: { Description: name, KeyPolicy: document } },
      };
    case 'vpc-endpoint':
      return vpcEndpoint(document);
    case 'session':
      return 'A session policy is no resource: it is passed when the role session is requested (aws sts assume-role --policy, in the AWS CLI export).';
    case 'not-exportable':
      return target.reason;
    default:
      return attachedResource(target.kind, document, target.identifier);
  }
}

/**
 * The policy as the CloudFormation resource its type calls for, in a YAML template. The document
 * must be plain JSON (comments cannot be carried into YAML). Strings are quoted where a YAML 1.1
 * reader would take them for something else: `'2012-10-17'` stays a string, not a date.
 */
export function toCloudFormation(policy: ScenarioPolicy): ExportText {
  let document: unknown;
  try {
    document = JSON.parse(policy.document);
  } catch {
    return {
      unavailable:
        'CloudFormation needs the policy as plain JSON: remove comments and fix any syntax error first.',
    };
  }
  const name = policy.name ?? policy.id;
  const logicalId = identifierFrom(name, 'Policy').replace(/_/g, '');
  const built = build(exportTarget(policy), name, logicalId, document);
  if (typeof built === 'string') return { unavailable: built };
  const template: Template = { AWSTemplateFormatVersion: '2010-09-09' };
  if (built.parameters) template.Parameters = built.parameters;
  template.Resources = { [logicalId]: built.resource };
  if (built.outputs) template.Outputs = built.outputs;
  return { text: stringify(template, { version: '1.1', lineWidth: 0, singleQuote: true }) };
}
