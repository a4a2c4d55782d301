import { describe, expect, it } from 'vitest';
import {
  bucketNameOf,
  endpointIdOf,
  iamHolderOf,
  keyIdOf,
  queueUrlOf,
  roleArnOf,
  topicArnOf,
} from './identifiers.ts';

describe('identifiers from ARNs', () => {
  it.each([
    [bucketNameOf, 'arn:aws:s3:::amzn-s3-demo-bucket', 'amzn-s3-demo-bucket'],
    [
      bucketNameOf,
      'arn:aws:s3:::amzn-s3-demo-bucket/home/${aws:username}/*',
      'amzn-s3-demo-bucket',
    ],
    [bucketNameOf, 'arn:aws:s3:::logs-*/*', undefined],
    [bucketNameOf, 'arn:aws:s3:us-east-1:111122223333:accesspoint/ap', undefined],
    // https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-queue-message-identifiers.html
    [
      queueUrlOf,
      'arn:aws:sqs:us-east-2:111122223333:MyQueue',
      'https://sqs.us-east-2.amazonaws.com/111122223333/MyQueue',
    ],
    [
      queueUrlOf,
      'arn:aws-cn:sqs:cn-north-1:111122223333:MyQueue',
      'https://sqs.cn-north-1.amazonaws.com.cn/111122223333/MyQueue',
    ],
    [queueUrlOf, 'arn:aws:sqs:*:111122223333:MyQueue', undefined],
    [
      topicArnOf,
      'arn:aws:sns:us-east-2:111122223333:Alerts',
      'arn:aws:sns:us-east-2:111122223333:Alerts',
    ],
    [topicArnOf, 'arn:aws:sns:us-east-2:111122223333:*', undefined],
    [
      keyIdOf,
      'arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      '1234abcd-12ab-34cd-56ef-1234567890ab',
    ],
    [keyIdOf, 'arn:aws:kms:us-east-2:111122223333:alias/reports', undefined],
    [roleArnOf, 'arn:aws:iam::111122223333:role/Reader', 'arn:aws:iam::111122223333:role/Reader'],
    [
      roleArnOf,
      'arn:aws:sts::111122223333:assumed-role/Reader/alice',
      'arn:aws:iam::111122223333:role/Reader',
    ],
    [roleArnOf, 'arn:aws:iam::111122223333:user/alice', undefined],
    [endpointIdOf, 'vpce-1a2b3c4d', 'vpce-1a2b3c4d'],
    [endpointIdOf, 'vpce-*', undefined],
  ])('%o reads %s as %s', (read, arn, expected) => {
    expect(read(arn)).toBe(expected);
  });

  it('names a role or user without its path', () => {
    expect(iamHolderOf('arn:aws:iam::111122223333:role/service/Deploy')).toEqual({
      kind: 'role',
      name: 'Deploy',
    });
    expect(iamHolderOf('arn:aws:iam::111122223333:user/alice')).toEqual({
      kind: 'user',
      name: 'alice',
    });
    expect(iamHolderOf('arn:aws:iam::111122223333:group/admins')).toBeUndefined();
  });
});
