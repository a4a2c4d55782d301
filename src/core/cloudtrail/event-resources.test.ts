import { describe, expect, it } from 'vitest';
import { call, named, requestsOf } from './event-test-records.ts';

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
