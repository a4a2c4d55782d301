import { describe, expect, it } from 'vitest';
import { compileArnCondition, matchResource } from './resource.ts';

describe('matchResource (IAM JSON policy elements: Resource)', () => {
  it('* alone matches everything', () => {
    expect(matchResource('*', 'arn:aws:s3:::bucket/key')).toBe(true);
    expect(matchResource('*', 'not-an-arn')).toBe(true);
  });

  it('matches an exact ARN, case-sensitively', () => {
    expect(
      matchResource('arn:aws:iam::123456789012:user/Bob', 'arn:aws:iam::123456789012:user/Bob'),
    ).toBe(true);
    expect(
      matchResource('arn:aws:iam::123456789012:user/Bob', 'arn:aws:iam::123456789012:user/bob'),
    ).toBe(false);
  });

  it('lets * in the resource part cross / and : (the S3 */test/* example)', () => {
    const pattern = 'arn:aws:s3:::bucket/*/test/*';
    expect(matchResource(pattern, 'arn:aws:s3:::bucket/1/test/object.jpg')).toBe(true);
    expect(matchResource(pattern, 'arn:aws:s3:::bucket/1/2/test/3/object.jpg')).toBe(true);
    expect(matchResource(pattern, 'arn:aws:s3:::bucket//test/object.jpg')).toBe(true);
    expect(matchResource(pattern, 'arn:aws:s3:::bucket/1-test/object.jpg')).toBe(false);
    expect(
      matchResource('arn:aws:ssm:us-east-1:1:parameter/*', 'arn:aws:ssm:us-east-1:1:parameter/a:b'),
    ).toBe(true);
  });

  it('matches wildcards within the first five segments', () => {
    expect(
      matchResource(
        'arn:aws:ec2:*:123456789012:instance/*',
        'arn:aws:ec2:eu-west-1:123456789012:instance/i-1',
      ),
    ).toBe(true);
    expect(
      matchResource('arn:aws:ec2:us-east-?:*:instance/*', 'arn:aws:ec2:us-east-2:9:instance/i-1'),
    ).toBe(true);
    expect(
      matchResource('arn:aws:ec2:us-east-?:*:instance/*', 'arn:aws:ec2:us-west-2:9:instance/i-1'),
    ).toBe(false);
  });

  it('keeps ? and inner * inside their segment', () => {
    expect(matchResource('arn:aws:sqs:us-east-?:1:q', 'arn:aws:sqs:us-east-1:1:q')).toBe(true);
    expect(matchResource('arn:aws:sqs:u*1:q', 'arn:aws:sqs:us-east-1:1:q')).toBe(false);
  });

  it('lets a * that ends a segment expand beyond the colon boundaries', () => {
    expect(matchResource('arn:aws:sqs:*:queue1', 'arn:aws:sqs:us-east-2:123456789012:queue1')).toBe(
      true,
    );
    expect(matchResource('arn:aws:iam::*', 'arn:aws:iam::123456789012:user/Bob')).toBe(true);
    expect(matchResource('arn:aws:s3*', 'arn:aws:s3:::bucket')).toBe(true);
    expect(matchResource('arn:aws:sqs:*:queue2', 'arn:aws:sqs:us-east-2:123456789012:queue1')).toBe(
      false,
    );
  });

  it('needs every segment of the ARN to be covered', () => {
    expect(matchResource('arn:aws:s3:::bucket', 'arn:aws:s3:::bucket/key')).toBe(false);
    expect(matchResource('arn:aws:sqs:us-east-1:1', 'arn:aws:sqs:us-east-1:1:q')).toBe(false);
  });

  it('matches resolved variables literally', () => {
    const parts = [
      { text: 'arn:aws:s3:::bucket/', literal: false },
      { text: '*', literal: true },
      { text: '/*', literal: false },
    ];
    expect(matchResource(parts, 'arn:aws:s3:::bucket/*/x')).toBe(true);
    expect(matchResource(parts, 'arn:aws:s3:::bucket/alice/x')).toBe(false);
  });

  it('does not backtrack exponentially in a segment or across segments', () => {
    const arn = `arn:aws:s3:::${'a'.repeat(10_000)}`;
    const started = performance.now();
    expect(matchResource('arn:aws:s3:::a*a*a*a*a*a*a*a*b', arn)).toBe(false);
    expect(matchResource('a*:a*:a*:*:*:a*a*a*a*a*a*a*b', arn)).toBe(false);
    expect(performance.now() - started).toBeLessThan(50);
  });
});

describe('compileArnCondition (Condition operators: ArnLike checks each of the six segments)', () => {
  it('matches segment by segment with wildcards', () => {
    const matcher = compileArnCondition('arn:aws:sns:*:123456789012:topic-*');
    expect(matcher('arn:aws:sns:us-east-1:123456789012:topic-a')).toBe(true);
    expect(matcher('arn:aws:sns:us-east-1:999999999999:topic-a')).toBe(false);
  });

  it('does not let * cross into other segments (the someservice/finance example)', () => {
    const pattern = 'arn:aws:someservice:*:111122223333:finance/*';
    const value =
      'arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt';
    expect(compileArnCondition(pattern)(value)).toBe(false);
    expect(compileArnCondition('arn:aws:sqs:*:queue1')('arn:aws:sqs:us-east-2:1:queue1')).toBe(
      false,
    );
  });
});
