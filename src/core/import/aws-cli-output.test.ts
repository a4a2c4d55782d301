import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText } from './import-text.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');

function imported(text: string) {
  const result = importText(text);
  if (result.kind !== 'policies') throw new Error(`not policies: ${JSON.stringify(result)}`);
  return result;
}

const only = (text: string) => {
  const { policies } = imported(text);
  expect(policies).toHaveLength(1);
  const [policy] = policies as [(typeof policies)[0]];
  return { ...policy, parsed: JSON.parse(policy.document) as Record<string, unknown> };
};

// Each output as the AWS documentation page shows it, or in the shape its API reference gives.
describe('AWS CLI outputs', () => {
  it('get-policy-version: PolicyVersion.Document, an object as the CLI prints it (https://docs.aws.amazon.com/IAM/latest/UserGuide/iam_example_iam_GetPolicyVersion_section.html)', () => {
    const policy = only(fixture('get-policy-version.json'));
    expect(policy).toMatchObject({ type: 'identity', name: 'Policy version v2' });
    expect(policy.parsed).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'iam:*', Resource: '*' }],
    });
    expect(imported(fixture('get-policy-version.json')).source).toBe(
      'an AWS CLI output (aws iam get-policy-version)',
    );
  });

  it('get-policy-version of the raw API: the Document URL-encoded (RFC 3986), as https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicyVersion.html says', () => {
    const document = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:Get*', Resource: 'arn:aws:s3:::a b/*' }],
    };
    const encoded = encodeURIComponent(JSON.stringify(document));
    expect(encoded).toContain('%20');
    const text = JSON.stringify({ PolicyVersion: { Document: encoded, VersionId: 'v1' } });
    expect(only(text).parsed).toEqual(document);
  });

  it('get-role: Role.AssumeRolePolicyDocument is the trust policy, named after RoleName (https://docs.aws.amazon.com/IAM/latest/UserGuide/iam_example_iam_GetRole_section.html)', () => {
    const policy = only(fixture('get-role.json'));
    expect(policy).toMatchObject({ type: 'trust', name: 'Test-Role' });
    expect(policy.parsed.Statement).toEqual([
      { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
    ]);
  });

  it('get-role-policy as printed on its page, a comma missing: read, and the syntax error said (https://docs.aws.amazon.com/IAM/latest/UserGuide/iam_example_iam_GetRolePolicy_section.html)', () => {
    const result = imported(fixture('get-role-policy.txt'));
    expect(result.policies).toMatchObject([{ type: 'identity', name: 'ExamplePolicy' }]);
    expect(JSON.parse(result.policies[0]!.document)).toMatchObject({
      Statement: [
        { Sid: '1', Action: ['s3:ListBucket', 's3:Put*', 's3:Get*', 's3:*MultipartUpload*'] },
      ],
    });
    expect(result.source).toBe('an AWS CLI output (aws iam get-role-policy)');
    expect(result.notes).toEqual([
      'Invalid JSON: Comma expected at line 18, column 3; the text was read as far as it goes',
    ]);
  });

  it('get-user-policy and get-group-policy: PolicyDocument, named PolicyName (https://docs.aws.amazon.com/code-library/latest/ug/iam_example_iam_GetUserPolicy_section.html, iam_example_iam_GetGroupPolicy_section.html)', () => {
    expect(only(fixture('get-user-policy.json'))).toMatchObject({
      type: 'identity',
      name: 'ExamplePolicy',
    });
    expect(imported(fixture('get-user-policy.json')).source).toContain('get-user-policy');
    const group = only(fixture('get-group-policy.json'));
    expect(group).toMatchObject({ type: 'identity', name: 'S3-ReadOnly-Policy' });
    expect(group.parsed.Statement).toEqual([
      { Action: ['s3:Get*', 's3:List*'], Resource: '*', Effect: 'Allow' },
    ]);
  });

  it('s3api get-bucket-policy: {"Policy": "<JSON string>"} is a bucket policy (https://docs.aws.amazon.com/AmazonS3/latest/API/s3_example_s3_GetBucketPolicy_section.html)', () => {
    const policy = only(fixture('get-bucket-policy.json'));
    expect(policy).toMatchObject({ type: 'resource', name: 'Bucket policy' });
    expect(policy.parsed.Version).toBe('2008-10-17');
    expect(policy.parsed.Statement).toHaveLength(2);
    expect(policy.document).toContain('\n  "Statement": [\n');
  });

  it('sqs get-queue-attributes: Attributes.Policy as a string, named after the queue (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_GetQueueAttributes.html)', () => {
    const policy = only(fixture('get-queue-attributes.json'));
    expect(policy).toMatchObject({ type: 'resource', name: 'MyQueue' });
    expect(policy.parsed.Statement).toMatchObject([
      { Sid: 'AllowSnsTopic', Action: 'SQS:SendMessage' },
    ]);
  });

  it('sns get-topic-attributes: the same shape with a TopicArn, a topic policy named after the topic', () => {
    const document = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: '111122223333' },
          Action: 'sns:Publish',
          Resource: '*',
        },
      ],
    };
    const text = JSON.stringify({
      Attributes: {
        TopicArn: 'arn:aws:sns:us-east-1:111122223333:alerts',
        Policy: JSON.stringify(document),
      },
    });
    expect(only(text)).toMatchObject({ type: 'resource', name: 'alerts', parsed: document });
    expect(imported(text).source).toBe('an AWS CLI output (aws sns get-topic-attributes)');
  });

  it('kms get-key-policy: {"Policy": "<string>", "PolicyName": "default"} (https://docs.aws.amazon.com/kms/latest/APIReference/API_GetKeyPolicy.html)', () => {
    const policy = only(fixture('get-key-policy.json'));
    expect(policy).toMatchObject({ type: 'resource', name: 'Key policy default' });
    expect(policy.parsed.Id).toBe('key-default-1');
    expect(imported(fixture('get-key-policy.json')).source).toContain('aws kms get-key-policy');
  });

  it('lambda get-policy: Policy with a RevisionId is the function policy (https://docs.aws.amazon.com/lambda/latest/dg/example_lambda_GetPolicy_section.html)', () => {
    const policy = only(fixture('lambda-get-policy.json'));
    expect(policy).toMatchObject({ type: 'resource', name: 'Function policy' });
    expect(policy.parsed.Statement).toMatchObject([
      { Sid: 'iot-events', Action: 'lambda:InvokeFunction' },
    ]);
    const asString = JSON.stringify({ Policy: policy.document, RevisionId: 'r1' });
    expect(only(asString).parsed).toEqual(policy.parsed);
  });

  it('does not take an output with a Policy and other keys it does not know for a bucket policy', () => {
    expect(importText(JSON.stringify({ Policy: '{"Statement": []}', Owner: 'x' }))).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(/top-level keys are Policy, Owner$/),
    });
  });

  it('organizations describe-policy: Content as a string, an SCP or an RCP by PolicySummary.Type (https://docs.aws.amazon.com/organizations/latest/userguide/example_organizations_DescribePolicy_section.html)', () => {
    const text = fixture('describe-policy.json');
    const scp = only(text);
    expect(scp).toMatchObject({ type: 'scp', name: 'AllowAllS3Actions' });
    expect(scp.parsed.Statement).toEqual([{ Effect: 'Allow', Action: '*', Resource: '*' }]);
    const rcp = only(text.replace('SERVICE_CONTROL_POLICY', 'RESOURCE_CONTROL_POLICY'));
    expect(rcp.type).toBe('rcp');
  });

  it("get-account-authorization-details: trust policies, inline policies and each managed policy's default version (https://docs.aws.amazon.com/code-library/latest/ug/iam_example_iam_GetAccountAuthorizationDetails_section.html)", () => {
    const result = imported(fixture('get-account-authorization-details.json'));
    expect(result.source).toBe('an AWS CLI output (aws iam get-account-authorization-details)');
    expect(result.policies.map(({ type, name }) => [type, name])).toEqual([
      ['trust', 'EC2role'],
      ['identity', 'Bob/DenyBillingAndIAMPolicy'],
      ['identity', 'Finance/policygen-201310141157'],
      ['identity', 'create-update-delete-set-managed-policies'],
      ['identity', 'S3-read-only-specific-bucket'],
      ['identity', 'AmazonEC2FullAccess'],
    ]);
    expect(result.notes).toEqual([
      'The output is truncated (IsTruncated): it holds only part of the account',
    ]);
    const byDefaultVersionId = JSON.stringify({
      Policies: [
        {
          PolicyName: 'Chosen',
          DefaultVersionId: 'v2',
          PolicyVersionList: [
            { VersionId: 'v1', Document: { Statement: [] } },
            { VersionId: 'v2', Document: { Version: '2012-10-17', Statement: [] } },
          ],
        },
        { PolicyName: 'Listed', PolicyVersionList: [] },
      ],
    });
    expect(imported(byDefaultVersionId)).toMatchObject({
      policies: [{ name: 'Chosen', document: expect.stringContaining('2012-10-17') }],
      notes: ['Listed has no default version in PolicyVersionList, so it was left out'],
    });
    const empty = JSON.stringify({ UserDetailList: [], RoleDetailList: [] });
    expect(importText(empty)).toEqual({
      kind: 'error',
      message:
        'No policy could be read from an AWS CLI output (aws iam get-account-authorization-details)',
    });
  });

  it('refuses an Organizations policy that is not IAM policy language, saying its type', () => {
    expect(
      importText(fixture('describe-policy.json').replace('SERVICE_CONTROL_POLICY', 'TAG_POLICY')),
    ).toEqual({
      kind: 'error',
      message:
        'No policy could be read from an AWS CLI output (aws organizations describe-policy): AllowAllS3Actions is a TAG_POLICY, not a service or resource control policy: the studio reads only SCPs and RCPs',
    });
  });

  it('refuses a policy string nested too deep to read safely, without overflowing the stack', () => {
    const deep = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    expect(importText(JSON.stringify({ Policy: deep }))).toEqual({
      kind: 'error',
      message:
        'No policy could be read from an AWS CLI output (aws s3api get-bucket-policy): Policy: JSON is nested more than 64 levels deep',
    });
  });

  it('refuses an output whose policy is not JSON, saying where', () => {
    const placeholder = JSON.stringify({
      Role: { RoleName: 'Test-Role', AssumeRolePolicyDocument: '<URL-encoded-JSON>' },
    });
    expect(importText(placeholder)).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(
        /^No policy could be read from an AWS CLI output \(aws iam get-role\): Role\.AssumeRolePolicyDocument is not JSON: /,
      ),
    });
    expect(importText(JSON.stringify({ Policy: '[1, 2]' }))).toMatchObject({
      kind: 'error',
      message: expect.stringContaining(
        'Policy is not a policy document (a JSON object or a JSON string)',
      ),
    });
  });
});
