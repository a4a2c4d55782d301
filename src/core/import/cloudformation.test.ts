import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText } from './import-text.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');

function policiesOf(text: string) {
  const result = importText(text);
  if (result.kind !== 'policies') throw new Error(`not policies: ${JSON.stringify(result)}`);
  return {
    ...result,
    byName: Object.fromEntries(
      result.policies.map((policy) => [
        policy.name,
        { type: policy.type, document: JSON.parse(policy.document) as Record<string, unknown> },
      ]),
    ),
  };
}

// Resource properties from the template reference, e.g.
// https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-iam-role.html
describe('CloudFormation templates', () => {
  it('YAML with short-form tags: one policy per resource, a role giving its trust and inline policies', () => {
    const { source, policies, byName, notes } = policiesOf(fixture('template.yaml'));
    expect(source).toBe('a CloudFormation template');
    expect(notes).toEqual([]);
    expect(policies.map(({ type, name }) => [type, name])).toEqual([
      ['trust', 'AppRole'],
      ['identity', 'AppRole/ReadReports'],
      ['resource', 'ReportsBucketPolicy'],
      ['resource', 'DataKey'],
      ['scp', 'DenyLeavingOrganization'],
    ]);
    // YAML 1.2 keeps an unquoted 2012-10-17 a string, as CloudFormation does.
    expect(byName.AppRole?.document.Version).toBe('2012-10-17');
    expect(byName['AppRole/ReadReports']?.document.Statement).toEqual([
      {
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: 'arn:${AWS::Partition}:s3:::${ReportsBucket}/*',
      },
      { Effect: 'Allow', Action: 's3:ListBucket', Resource: '${ReportsBucket.Arn}' },
    ]);
    expect(byName.ReportsBucketPolicy?.document.Statement).toMatchObject([
      { Resource: ['arn:aws:s3:::${ReportsBucket}/*', 'arn:aws:s3:::${ReportsBucket}'] },
    ]);
    expect(byName.DataKey?.document.Statement).toMatchObject([
      { Principal: { AWS: 'arn:aws:iam::${AWS::AccountId}:root' } },
    ]);
  });

  it('JSON with long-form functions: queue, topic and managed policies, an RCP given as a JSON string', () => {
    const { policies, byName, notes } = policiesOf(fixture('template.json'));
    expect(policies.map(({ type, name }) => [type, name])).toEqual([
      ['resource', 'QueuePolicy'],
      ['resource', 'TopicPolicy'],
      ['identity', 'DeveloperPolicy'],
      ['rcp', 'ProtectBuckets'],
    ]);
    expect(byName.QueuePolicy?.document.Statement).toMatchObject([
      { Resource: '${Queue.Arn}', Condition: { ArnEquals: { 'aws:SourceArn': '${Topic}' } } },
    ]);
    // ${!aws:username} is Fn::Sub's way to write the policy variable ${aws:username}.
    expect(byName.DeveloperPolicy?.document.Statement).toEqual([
      { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::home/${aws:username}/*' },
      { Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*' },
    ]);
    expect(notes).toEqual([
      'DeveloperPolicy: Fn::If IsProduction was read as true (the value the template gives when the condition holds)',
    ]);
    expect(byName.ProtectBuckets?.document.Statement).toMatchObject([
      { Principal: '*', Action: 's3:*' },
    ]);
  });

  it('drops what Ref AWS::NoValue removes, picks what Fn::Select selects, and writes other functions as placeholders', () => {
    const template = {
      Resources: {
        Limited: {
          Type: 'AWS::IAM::Policy',
          Properties: {
            PolicyDocument: {
              Version: '2012-10-17',
              Statement: [
                {
                  Effect: 'Allow',
                  Action: 's3:GetObject',
                  Resource: { 'Fn::ImportValue': 'SharedBucketArn' },
                  Sid: { Ref: 'AWS::NoValue' },
                  Condition: {
                    StringEquals: {
                      'aws:RequestedRegion': { 'Fn::Select': [1, ['us-east-1', 'eu-west-1']] },
                    },
                  },
                },
              ],
            },
          },
        },
      },
    };
    const { byName } = policiesOf(JSON.stringify(template));
    expect(byName.Limited?.document.Statement).toEqual([
      {
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: '${ImportValue:SharedBucketArn}',
        Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } },
      },
    ]);
  });

  it('refuses a template without policy resources, naming the resources it has', () => {
    const yaml =
      'AWSTemplateFormatVersion: 2010-09-09\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n';
    expect(importText(yaml)).toEqual({
      kind: 'error',
      message: expect.stringMatching(
        /^This CloudFormation template has no resource the studio takes policies from \(AWS::IAM::Policy, .*AWS::Organizations::Policy\); its resources are Bucket \(AWS::S3::Bucket\)$/,
      ),
    });
  });

  it('refuses YAML that is not a template, and YAML it cannot read, saying where', () => {
    expect(importText('name: my-app\nversion: 2\n')).toEqual({
      kind: 'error',
      message:
        'This YAML is not a CloudFormation template (it has no Resources): top-level keys are name, version',
    });
    expect(importText('Resources:\n  A: [1,\nB: x')).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(/^Neither JSON nor a YAML template: .* \(line 3, column 1\)$/),
    });
  });

  it('refuses YAML whose aliases would expand without end, instead of running out of memory', () => {
    const levels = Array.from({ length: 9 }, (_, index) =>
      index === 0 ? 'l0: &l0 [x, x]' : `l${index}: &l${index} [*l${index - 1}, *l${index - 1}]`,
    );
    expect(importText(`${levels.join('\n')}\nResources: {}\n`)).toEqual({
      kind: 'error',
      message:
        'Neither JSON nor a YAML template: Excessive alias count indicates a resource exhaustion attack',
    });
  });

  it('says why a resource gave no policy, and refuses when none did', () => {
    const template = {
      Resources: {
        Broken: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: 42 } },
      },
    };
    expect(importText(JSON.stringify(template))).toEqual({
      kind: 'error',
      message:
        'No policy could be read from a CloudFormation template: Broken.PolicyDocument is not a policy document (a JSON object or a JSON string)',
    });
  });
});
