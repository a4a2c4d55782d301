import { describe, expect, it } from 'vitest';
import { arnAccount, isKmsKeyArn } from './resource-arn.ts';

describe('arnAccount: the account segment of an ARN (aws:ResourceAccount when the request has none)', () => {
  it.each([
    ['arn:aws:s3:us-east-1:111122223333:accesspoint/ap', '111122223333'],
    ['arn:aws:iam::111122223333:role/app', '111122223333'],
    ['arn:aws-cn:kms:cn-north-1:111122223333:key/1234', '111122223333'],
    ['arn:::::', undefined],
    ['arn:aws:s3:::reports/1.csv', undefined],
    ['arn:aws:iam::aws:policy/ReadOnlyAccess', undefined],
    ['arn:aws:iam::11112222333:role/eleven-digits', undefined],
    ['arn:aws:iam::1111222233334:role/thirteen-digits', undefined],
    ['arn:aws:iam::111122223333', undefined],
    ['arn:aws:iam::11112222333a:role/letter', undefined],
    ['ARN:aws:iam::111122223333:role/upper-case-prefix', undefined],
    ['*', undefined],
  ])('%s has account %s', (arn, account) => {
    expect(arnAccount(arn)).toBe(account);
  });
});

describe('isKmsKeyArn: a KMS key, whose key policy must allow the request', () => {
  it.each([
    ['arn:aws:kms:us-east-1:111122223333:key/1234abcd', true],
    ['arn:aws-us-gov:kms::111122223333:key/1234abcd', true],
    ['arn:aws:kms:us-east-1::key/1234abcd', true],
    ['arn:aws:kms:us-east-1:111122223333:alias/app', false],
    ['arn::kms:us-east-1:111122223333:key/no-partition', false],
    ['arn:aws:kmsx:us-east-1:111122223333:key/other-service', false],
    ['arn:aws:s3:::bucket/key/object', false],
    ['arn:aws:kms:us-east-1:111122223333', false],
  ])('%s: %s', (arn, expected) => {
    expect(isKmsKeyArn(arn)).toBe(expected);
  });
});
