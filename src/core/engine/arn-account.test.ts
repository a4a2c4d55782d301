import { describe, expect, it } from 'vitest';
import { arnAccount } from './arn-account.ts';

// What the engine took as an ARN's account before: the same answer for every input.
const ARN_ACCOUNT = /^arn:[^:]*:[^:]*:[^:]*:(\d{12}):/;

const INPUTS = [
  'arn:aws:s3:::reports/0.csv',
  'arn:aws:iam::111122223333:user/alice',
  'arn:aws:sqs:us-east-1:111122223333:queue',
  'arn:aws-cn:kms:cn-north-1:111122223333:key/1',
  'arn:aws:sqs:us-east-1:11112222333:queue',
  'arn:aws:sqs:us-east-1:1111222233334:queue',
  'arn:aws:sqs:us-east-1:111122223333',
  'arn:aws:sqs:us-east-1:11112222333a:queue',
  'arn:aws:sqs:us-east-1:１１１１２２２２３３３３:queue',
  'arn:aws:sqs:us-east-1:',
  'arn:aws:sqs',
  'ARN:aws:sqs:us-east-1:111122223333:queue',
  ' arn:aws:sqs:us-east-1:111122223333:queue',
  'arn::::111122223333:',
  'arn:a:b:c:111122223333:d:e:f',
  '*',
  '',
];

describe('arnAccount', () => {
  for (const input of INPUTS) {
    it(`finds the account of ${JSON.stringify(input)} as the pattern does`, () => {
      expect(arnAccount(input)).toBe(ARN_ACCOUNT.exec(input)?.[1]);
    });
  }
});
