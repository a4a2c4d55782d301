import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { ScenarioPolicy } from '../scenario/model.ts';
import { toCloudFormation } from './cloudformation.ts';
import { KEY_POLICY, POLICY_OF_TYPE, QUEUE_POLICY, TOPIC_POLICY } from './fixtures.ts';

// Resource types and properties from the CloudFormation template reference,
// https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-<type>.html.

interface Template {
  AWSTemplateFormatVersion: unknown;
  Parameters?: Record<string, { Type: string; Default?: string }>;
  Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
  Outputs?: Record<string, { Value: unknown }>;
}

function yamlOf(policy: ScenarioPolicy): string {
  const result = toCloudFormation(policy);
  if (!('text' in result)) throw new Error(result.unavailable);
  return result.text;
}

/** The template as a YAML 1.1 reader (as CloudFormation's are) takes it. */
function templateOf(policy: ScenarioPolicy): Template {
  return parse(yamlOf(policy), { version: '1.1' }) as Template;
}

function onlyResource(template: Template) {
  const resources = Object.values(template.Resources);
  expect(resources).toHaveLength(1);
  return resources[0] ?? { Type: '', Properties: {} };
}

describe('toCloudFormation', () => {
  it.each([
    ['identity', 'AWS::IAM::ManagedPolicy', 'PolicyDocument'],
    ['permissions-boundary', 'AWS::IAM::ManagedPolicy', 'PolicyDocument'],
    ['trust', 'AWS::IAM::Role', 'AssumeRolePolicyDocument'],
    ['scp', 'AWS::Organizations::Policy', 'Content'],
    ['rcp', 'AWS::Organizations::Policy', 'Content'],
    ['resource', 'AWS::S3::BucketPolicy', 'PolicyDocument'],
    ['vpc-endpoint', 'AWS::EC2::VPCEndpoint', 'PolicyDocument'],
  ] as const)('a %s policy becomes %s with the document in %s', (type, resourceType, property) => {
    const policy = POLICY_OF_TYPE[type];
    const resource = onlyResource(templateOf(policy));
    expect(resource.Type).toBe(resourceType);
    expect(resource.Properties[property]).toEqual(JSON.parse(policy.document));
  });

  it.each([
    [QUEUE_POLICY, 'AWS::SQS::QueuePolicy', 'Queues', 'QueueUrl'],
    [TOPIC_POLICY, 'AWS::SNS::TopicPolicy', 'Topics', 'TopicArn'],
  ])(
    'a resource policy of another service becomes its resource: %#',
    (policy, type, property, parameter) => {
      const template = templateOf(policy);
      const resource = onlyResource(template);
      expect(resource.Type).toBe(type);
      expect(resource.Properties[property]).toEqual([{ Ref: parameter }]);
      expect(template.Parameters?.[parameter]?.Default).toMatch(/111122223333/);
    },
  );

  it('creates a key with a key policy', () => {
    const resource = onlyResource(templateOf(KEY_POLICY));
    expect(resource).toEqual({
      Type: 'AWS::KMS::Key',
      Properties: { Description: 'Reports key', KeyPolicy: JSON.parse(KEY_POLICY.document) },
    });
  });

  it('quotes the versions, which a YAML 1.1 reader would otherwise take for dates', () => {
    const text = yamlOf(POLICY_OF_TYPE.identity);
    expect(text).toContain("AWSTemplateFormatVersion: '2010-09-09'\n");
    expect(text).toContain("Version: '2012-10-17'\n");
    const template = templateOf(POLICY_OF_TYPE.identity);
    expect(template.AWSTemplateFormatVersion).toBe('2010-09-09');
    const document = onlyResource(template).Properties.PolicyDocument as { Version: unknown };
    expect(document.Version).toBe('2012-10-17');
  });

  it('gives an SCP or RCP its type and the target it is attached to as a parameter', () => {
    for (const [type, organizationsType] of [
      ['scp', 'SERVICE_CONTROL_POLICY'],
      ['rcp', 'RESOURCE_CONTROL_POLICY'],
    ] as const) {
      const template = templateOf(POLICY_OF_TYPE[type]);
      const { Properties } = onlyResource(template);
      expect(Properties.Type).toBe(organizationsType);
      expect(Properties.TargetIds).toEqual([{ Ref: 'TargetId' }]);
      expect(template.Parameters?.TargetId).toEqual({
        Type: 'String',
        Description: expect.any(String) as string,
      });
    }
  });

  it('names the trust policy role from attachedTo, and the bucket from the policy', () => {
    const role = templateOf(POLICY_OF_TYPE.trust);
    expect(onlyResource(role).Properties.RoleName).toEqual({ Ref: 'RoleName' });
    expect(role.Parameters?.RoleName?.Default).toBe('Deploy');
    const bucket = templateOf(POLICY_OF_TYPE.resource);
    expect(onlyResource(bucket).Properties.Bucket).toEqual({ Ref: 'BucketName' });
    expect(bucket.Parameters?.BucketName?.Default).toBe('amzn-s3-demo-bucket');
  });

  it('gives a permissions boundary ARN to name as a PermissionsBoundary', () => {
    const template = templateOf(POLICY_OF_TYPE['permissions-boundary']);
    expect(template.Outputs?.DeveloperboundaryArn?.Value).toEqual({ Ref: 'Developerboundary' });
  });

  it('explains what it cannot make: a session policy, a policy with comments', () => {
    expect(toCloudFormation(POLICY_OF_TYPE.session)).toEqual({
      unavailable: expect.stringContaining('aws sts assume-role --policy') as string,
    });
    expect(toCloudFormation({ ...POLICY_OF_TYPE.identity, document: '{ // comment\n}' })).toEqual({
      unavailable: expect.stringContaining('plain JSON') as string,
    });
  });
});
