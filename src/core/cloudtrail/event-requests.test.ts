import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { newBundledCatalog } from '../catalog/bundled.ts';
import { eventFacts } from './event-facts.ts';
import { EventRequestMapper } from './event-requests.ts';
import type { JsonObject } from './fields.ts';
import { readCloudTrail } from './import.ts';
import { eventFromRecord } from './record.ts';

/*
 * Records: the fixtures written from AWS's documented examples (__fixtures__/README.md), and calls
 * of other services made from the IAM User Guide's DeleteBucket record by changing the fields
 * "CloudTrail record contents" describes
 * (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html).
 * Context keys as "AWS global condition context keys" defines them
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html).
 */
const FIXTURE = new URL('./__fixtures__/log-file.json', import.meta.url);
const records = (JSON.parse(readFileSync(FIXTURE, 'utf8')) as { Records: JsonObject[] }).Records;
const named = (eventName: string): JsonObject =>
  records.find((record) => record.eventName === eventName)!;
const ROLE_SESSION = named('DeleteBucket');

function call(eventSource: string, eventName: string, fields: JsonObject = {}): JsonObject {
  return { ...ROLE_SESSION, eventSource, eventName, requestParameters: null, ...fields };
}

let mapper: EventRequestMapper;
beforeAll(async () => {
  mapper = await EventRequestMapper.load(newBundledCatalog(), [
    ...records.map((r) => String(r.eventSource)),
    ...['lambda', 'dynamodb', 'sqs', 'sns', 'iam', 'ec2', 'cloudformation'].map(
      (name) => `${name}.amazonaws.com`,
    ),
  ]);
});

const requestsOf = (record: JsonObject) =>
  mapper.fromEvent(eventFromRecord(record), eventFacts(record));
const contextOf = (record: JsonObject) => requestsOf(record).context;

describe('the context keys a record gives', () => {
  it('aws:SourceIp is sourceIPAddress, absent when a service made the call', () => {
    expect(contextOf(named('ListBuckets'))['aws:SourceIp']).toBe('192.0.2.11');
    expect(contextOf(named('GenerateDataKey'))).not.toHaveProperty('aws:SourceIp');
  });

  it('aws:MultiFactorAuthPresent is sessionContext.attributes.mfaAuthenticated, absent for long-term keys', () => {
    expect(contextOf(named('ListBuckets'))['aws:MultiFactorAuthPresent']).toBe('true');
    expect(contextOf(ROLE_SESSION)['aws:MultiFactorAuthPresent']).toBe('false');
    expect(contextOf(named('StartInstances'))).not.toHaveProperty('aws:MultiFactorAuthPresent');
  });

  it('aws:CurrentTime and aws:EpochTime are eventTime', () => {
    expect(contextOf(named('PutObject'))).toMatchObject({
      'aws:CurrentTime': '2023-05-01T10:04:00Z',
      'aws:EpochTime': '1682935440',
    });
  });

  it('aws:SecureTransport is true with tlsDetails, absent without', () => {
    expect(contextOf(named('ListUsers'))['aws:SecureTransport']).toBe('true');
    expect(contextOf(named('ListBuckets'))).not.toHaveProperty('aws:SecureTransport');
  });

  it('aws:SourceVpce is vpcEndpointId', () => {
    expect(contextOf(named('ListBuckets'))['aws:SourceVpce']).toBe('vpce-1a2b3c4d');
    expect(contextOf(named('ListUsers'))).not.toHaveProperty('aws:SourceVpce');
  });

  it('aws:RequestedRegion is awsRegion', () => {
    expect(contextOf(named('PutObject'))['aws:RequestedRegion']).toBe('eu-west-1');
  });

  it("aws:PrincipalAccount and aws:userid are the caller's accountId and principalId", () => {
    expect(contextOf(ROLE_SESSION)).toMatchObject({
      'aws:PrincipalAccount': '777788889999',
      'aws:userid': 'AIDAQRSTUVWXYZEXAMPLE:devdsk',
    });
  });

  it('aws:CalledVia (only the services the page lists) and aws:ViaAWSService from userIdentity.invokedBy, the service that made the call for the principal', () => {
    const viaService = {
      ...ROLE_SESSION,
      userIdentity: {
        ...(ROLE_SESSION.userIdentity as JsonObject),
        invokedBy: 'cloudformation.amazonaws.com',
      },
    };
    expect(contextOf(viaService)).toMatchObject({
      'aws:CalledVia': ['cloudformation.amazonaws.com'],
      'aws:ViaAWSService': 'true',
    });
    const viaS3 = {
      ...viaService,
      userIdentity: { ...(viaService.userIdentity as JsonObject), invokedBy: 's3.amazonaws.com' },
    };
    expect(contextOf(viaS3)['aws:ViaAWSService']).toBe('true');
    expect(contextOf(viaS3)).not.toHaveProperty('aws:CalledVia');
    expect(contextOf(ROLE_SESSION)['aws:ViaAWSService']).toBe('false');
    expect(contextOf(ROLE_SESSION)).not.toHaveProperty('aws:CalledVia');
  });
});

describe('the resources a call is asked on', () => {
  it.each([
    [
      'S3 bucket',
      call('s3.amazonaws.com', 'GetBucketPolicy', { requestParameters: { bucketName: 'logs' } }),
      's3:GetBucketPolicy',
      ['arn:aws:s3:::logs'],
    ],
    [
      'S3 object',
      call('s3.amazonaws.com', 'GetObject', {
        requestParameters: { bucketName: 'logs', key: 'a/b.gz' },
      }),
      's3:GetObject',
      ['arn:aws:s3:::logs/a/b.gz'],
    ],
    [
      'Lambda function by name',
      call('lambda.amazonaws.com', 'GetFunction20150331v2', {
        requestParameters: { functionName: 'app' },
      }),
      'lambda:GetFunction',
      ['arn:aws:lambda:us-east-2:777788889999:function:app'],
    ],
    [
      'Lambda function by ARN',
      call('lambda.amazonaws.com', 'DeleteFunction20150331', {
        requestParameters: { functionName: 'arn:aws:lambda:us-west-2:111122223333:function:app' },
      }),
      'lambda:DeleteFunction',
      ['arn:aws:lambda:us-west-2:111122223333:function:app'],
    ],
    [
      'Lambda function by partial ARN',
      call('lambda.amazonaws.com', 'GetFunction20150331v2', {
        requestParameters: { functionName: '444455556666:function:app' },
      }),
      'lambda:GetFunction',
      ['arn:aws:lambda:us-east-2:444455556666:function:app'],
    ],
    [
      'IAM role',
      call('iam.amazonaws.com', 'GetRole', { requestParameters: { roleName: 'deploy' } }),
      'iam:GetRole',
      ['arn:aws:iam::777788889999:role/deploy'],
    ],
    [
      'IAM user',
      call('iam.amazonaws.com', 'CreateAccessKey', { requestParameters: { userName: 'bob' } }),
      'iam:CreateAccessKey',
      ['arn:aws:iam::777788889999:user/bob'],
    ],
    [
      'DynamoDB table',
      call('dynamodb.amazonaws.com', 'GetItem', { requestParameters: { tableName: 'Orders' } }),
      'dynamodb:GetItem',
      ['arn:aws:dynamodb:us-east-2:777788889999:table/Orders'],
    ],
    [
      'SQS queue URL',
      call('sqs.amazonaws.com', 'SendMessage', {
        requestParameters: { queueUrl: 'https://sqs.us-west-2.amazonaws.com/444455556666/jobs' },
      }),
      'sqs:SendMessage',
      ['arn:aws:sqs:us-west-2:444455556666:jobs'],
    ],
    [
      'SNS topic ARN',
      call('sns.amazonaws.com', 'Publish', {
        requestParameters: { topicArn: 'arn:aws:sns:us-east-2:777788889999:alerts' },
      }),
      'sns:Publish',
      ['arn:aws:sns:us-east-2:777788889999:alerts'],
    ],
    [
      'KMS key id',
      call('kms.amazonaws.com', 'DescribeKey', {
        requestParameters: { keyId: '1234abcd-12ab-34cd-56ef-1234567890ab' },
      }),
      'kms:DescribeKey',
      ['arn:aws:kms:us-east-2:777788889999:key/1234abcd-12ab-34cd-56ef-1234567890ab'],
    ],
    [
      'KMS key from resources[]',
      named('GenerateDataKey'),
      'kms:GenerateDataKey',
      ['arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'],
    ],
    [
      'S3 object from resources[], not its bucket',
      named('PutObject'),
      's3:PutObject',
      ['arn:aws:s3:::artifacts/build.zip'],
    ],
  ])('%s', (_, record, action, resources) => {
    const mapped = requestsOf(record);
    expect(mapped.actions).toEqual([action]);
    expect(mapped.resources).toEqual(resources);
    expect(mapped.notes).toEqual([]);
  });

  it("EC2 instances of instancesSet, one ARN each (the log file examples' StartInstances)", () => {
    expect(requestsOf(named('StartInstances')).resources).toEqual([
      'arn:aws:ec2:us-east-2:123456789012:instance/i-ebeaf9e2',
    ]);
    const two = call('ec2.amazonaws.com', 'StopInstances', {
      requestParameters: {
        instancesSet: { items: [{ instanceId: 'i-1' }, { instanceId: 'i-2' }] },
      },
    });
    expect(requestsOf(two).requests.map((r) => r.resource)).toEqual([
      'arn:aws:ec2:us-east-2:777788889999:instance/i-1',
      'arn:aws:ec2:us-east-2:777788889999:instance/i-2',
    ]);
  });

  it('a resource the record does not name is * with the reason', () => {
    const mapped = requestsOf(named('UpdateTrail'));
    expect(mapped.resources).toEqual(['*']);
    expect(mapped.notes).toEqual(['cloudtrail:UpdateTrail: the record names no trail']);
  });

  it('an action that takes no resource is asked on * with no reason given', () => {
    const mapped = requestsOf(named('ListBuckets'));
    expect(mapped).toMatchObject({ actions: ['s3:ListAllMyBuckets'], resources: ['*'], notes: [] });
  });
});

describe('the reviewed exceptions, request by request', () => {
  const bucket = { bucketName: 'reports', key: '2026/q1.csv' };

  it('HeadObject is s3:GetObject on the object, ListObjectsV2 and HeadBucket s3:ListBucket on the bucket', () => {
    const head = requestsOf(call('s3.amazonaws.com', 'HeadObject', { requestParameters: bucket }));
    expect(head.requests.map((r) => [r.action, r.resource])).toEqual([
      ['s3:GetObject', 'arn:aws:s3:::reports/2026/q1.csv'],
    ]);
    for (const eventName of ['ListObjectsV2', 'HeadBucket']) {
      const list = requestsOf(
        call('s3.amazonaws.com', eventName, { requestParameters: { bucketName: 'reports' } }),
      );
      expect(list.requests.map((r) => [r.action, r.resource])).toEqual([
        ['s3:ListBucket', 'arn:aws:s3:::reports'],
      ]);
    }
  });

  it('GetObject and DeleteObject of a version (versionId) need s3:GetObjectVersion and s3:DeleteObjectVersion instead', () => {
    const actionsOf = (eventName: string, parameters: object) =>
      requestsOf(
        call('s3.amazonaws.com', eventName, { requestParameters: parameters }),
      ).requests.map((r) => [r.action, r.resource]);
    const version = { ...bucket, versionId: '3HL4kqtJvjVBH40Nrjfkd' };
    expect(actionsOf('GetObject', bucket)).toEqual([
      ['s3:GetObject', 'arn:aws:s3:::reports/2026/q1.csv'],
    ]);
    expect(actionsOf('GetObject', version)).toEqual([
      ['s3:GetObjectVersion', 'arn:aws:s3:::reports/2026/q1.csv'],
    ]);
    expect(actionsOf('DeleteObject', bucket)).toEqual([
      ['s3:DeleteObject', 'arn:aws:s3:::reports/2026/q1.csv'],
    ]);
    expect(actionsOf('DeleteObject', version)).toEqual([
      ['s3:DeleteObjectVersion', 'arn:aws:s3:::reports/2026/q1.csv'],
    ]);
  });

  it('CopyObject: s3:GetObject on the source object, s3:PutObject on the destination', () => {
    const copy = requestsOf(
      call('s3.amazonaws.com', 'CopyObject', {
        requestParameters: {
          ...bucket,
          'x-amz-copy-source': 'incoming/raw%20file.csv?versionId=3',
        },
      }),
    );
    expect(copy.requests.map((r) => [r.action, r.resource])).toEqual([
      ['s3:GetObject', 'arn:aws:s3:::incoming/raw file.csv'],
      ['s3:PutObject', 'arn:aws:s3:::reports/2026/q1.csv'],
    ]);
  });

  it('CreateFunction (a dated Lambda name): lambda:CreateFunction and iam:PassRole on its role, passed to Lambda', () => {
    const created = requestsOf(
      call('lambda.amazonaws.com', 'CreateFunction20150331', {
        requestParameters: { functionName: 'app', role: 'arn:aws:iam::777788889999:role/app-exec' },
      }),
    );
    expect(
      created.requests.map((r) => [r.action, r.resource, r.context['iam:PassedToService']]),
    ).toEqual([
      ['lambda:CreateFunction', 'arn:aws:lambda:us-east-2:777788889999:function:app', undefined],
      ['iam:PassRole', 'arn:aws:iam::777788889999:role/app-exec', 'lambda.amazonaws.com'],
    ]);
  });

  it('Invoke is lambda:InvokeFunction on the function of resources[]', () => {
    const invoked = requestsOf(
      call('lambda.amazonaws.com', 'Invoke', {
        resources: [
          {
            type: 'AWS::Lambda::Function',
            ARN: 'arn:aws:lambda:us-east-2:777788889999:function:app',
          },
        ],
      }),
    );
    expect(invoked.requests.map((r) => [r.action, r.resource])).toEqual([
      ['lambda:InvokeFunction', 'arn:aws:lambda:us-east-2:777788889999:function:app'],
    ]);
  });

  it('RunInstances needs iam:PassRole only with an instance profile, whose role the record does not name', () => {
    const plain = requestsOf(
      call('ec2.amazonaws.com', 'RunInstances', {
        requestParameters: { instanceType: 't3.micro' },
      }),
    );
    expect(plain.actions).toEqual(['ec2:RunInstances']);
    const withProfile = requestsOf(
      call('ec2.amazonaws.com', 'RunInstances', {
        requestParameters: { iamInstanceProfile: { name: 'web' } },
      }),
    );
    expect(withProfile.actions).toEqual(['ec2:RunInstances', 'iam:PassRole']);
    expect(withProfile.requests.at(-1)).toMatchObject({
      resource: '*',
      context: { 'iam:PassedToService': 'ec2.amazonaws.com' },
    });
    expect(withProfile.notes).toContain(
      'iam:PassRole: the role of instance profile web is not in the record',
    );
  });

  it('CreateStack needs iam:PassRole on RoleARN when one is given', () => {
    const role = 'arn:aws:iam::777788889999:role/cfn';
    expect(
      requestsOf(
        call('cloudformation.amazonaws.com', 'CreateStack', {
          requestParameters: { stackName: 's' },
        }),
      ).actions,
    ).toEqual(['cloudformation:CreateStack']);
    const withRole = requestsOf(
      call('cloudformation.amazonaws.com', 'CreateStack', {
        requestParameters: { stackName: 's', roleARN: role },
      }),
    );
    expect(withRole.requests.at(-1)).toMatchObject({
      action: 'iam:PassRole',
      resource: role,
      context: { 'iam:PassedToService': 'cloudformation.amazonaws.com' },
    });
  });

  it('GetCallerIdentity needs no permission: mapped, with no request', () => {
    const mapped = requestsOf(call('sts.amazonaws.com', 'GetCallerIdentity'));
    expect(mapped).toMatchObject({ actions: [], requests: [] });
    expect(mapped.unmapped).toBeUndefined();
  });
});

describe('the outcome and the calls that cannot be mapped', () => {
  it('recorded is success or the errorCode', () => {
    expect(requestsOf(named('PutObject')).recorded).toBe('success');
    expect(requestsOf(named('UpdateTrail')).recorded).toBe('TrailNotFoundException');
    expect(
      requestsOf(call('s3.amazonaws.com', 'GetObject', { errorCode: 'AccessDenied' })).recorded,
    ).toBe('AccessDenied');
  });

  it('an event of an unknown source is kept with the reason and no request', () => {
    const mapped = requestsOf(call('example.amazonaws.com', 'DoThing'));
    expect(mapped).toMatchObject({
      actions: [],
      requests: [],
      principal: 'arn:aws:sts::777788889999:assumed-role/AssumeNothing/devdsk',
    });
    expect(mapped.unmapped).toMatch(/unknown event source example\.amazonaws\.com/);
  });

  it('each request carries the principal the engine reads', () => {
    expect(requestsOf(ROLE_SESSION).requests).toEqual([
      expect.objectContaining({
        principal: 'arn:aws:sts::777788889999:assumed-role/AssumeNothing/devdsk',
        action: 's3:DeleteBucket',
        resource: 'arn:aws:s3:::my-test-bucket-cross-account',
      }),
    ]);
  });
});

describe('a distinct call of the aggregation', () => {
  it('takes its resources from resources[] and leaves out the time it stands for many of', () => {
    const { calls } = readCloudTrail([{ name: 'log.json', content: readFileSync(FIXTURE) }]);
    const put = calls.find((c) => c.eventName === 'PutObject')!;
    const mapped = mapper.fromCall(put);
    expect(mapped.resources).toEqual(['arn:aws:s3:::artifacts/build.zip']);
    expect(mapped.context).not.toHaveProperty('aws:CurrentTime');
    expect(mapped.context['aws:RequestedRegion']).toBe('eu-west-1');
  });
});
