import { describe, expect, it } from 'vitest';
import type { TextValue } from '../policy/model.ts';
import { createRequestContext } from './request-context.ts';
import {
  actionEntryMatches,
  prepareAction,
  prepareResource,
  resourceEntryMatches,
} from './element-entries.ts';
import { matchAction } from './match/action.ts';
import { matchResource } from './match/resource.ts';

const text = (value: string): TextValue => ({ value, span: { start: 0, end: value.length } });

// The quick prefix/suffix rejections must never change an answer of the full matchers.
const RESOURCE_PATTERNS = [
  '*',
  'arn:aws:s3:::bucket/*/test/*',
  'arn:aws:s3:::bucket/*/x',
  'arn:aws:s3:::a*a*b',
  'arn:aws:s3*',
  'arn:aws:iam::*',
  'arn:aws:ec2:*:123456789012:instance/*',
  'arn:aws:ec2:us-east-?:*:instance/i-1',
  'arn:aws:sqs:*:queue1',
  'arn:aws:sqs:u*1:q',
  'arn:aws:sqs:us-east-?:1:q',
  'arn:aws:someservice:*:111122223333:finance/*',
  'arn:aws:dynamodb:*:111122223333:table/t1',
  'arn:aws:ssm:us-east-1:1:parameter/a:b',
  'arn:aws:s3:::bucket',
  // Compared without the matcher: `*`, no wildcard, or one last `*` after the fifth colon.
  'arn:aws:s3:::*',
  'arn:aws:s3:::bucket/1/*',
  'arn:aws:ssm:us-east-1:1:parameter/a:*',
  'arn:aws:iam::123456789012:user/*',
  'arn:aws:s3::*',
  'arn:aws:s3:::bucket/?',
  'arn:aws:s3:::bucket/**',
];
const ARNS = [
  'arn:aws:s3:::bucket/',
  'arn:aws:s3:::bucket/1',
  'arn:aws:ssm:us-east-1:1:parameter/a:b:c',
  'arn:aws:s3::bucket',
  'arn:aws:s3:::bucket',
  'arn:aws:s3:::bucket/1/test/object.jpg',
  'arn:aws:s3:::bucket/1/2/x',
  'arn:aws:s3:::aab',
  'arn:aws:ec2:us-east-2:123456789012:instance/i-1',
  'arn:aws:sqs:us-east-2:123456789012:queue1',
  'arn:aws:sqs:us-east-1:q',
  'arn:aws:sqs:us-east-1:1:q',
  'arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt',
  'arn:aws:dynamodb:us-east-1:111122223333:table/t1',
  'arn:aws:dynamodb:us-east-1:111122223333:table/t11',
  'arn:aws:ssm:us-east-1:1:parameter/a:b',
  'arn:aws:iam::123456789012:user/bob',
];

describe('prepared Resource entries', () => {
  const context = createRequestContext({ 'aws:username': 'bob' });
  for (const pattern of RESOURCE_PATTERNS) {
    it(`match exactly like matchResource for ${pattern}`, () => {
      const prepared = prepareResource(text(pattern), true);
      for (const arn of ARNS) {
        expect([arn, resourceEntryMatches(prepared, arn, context)]).toEqual([
          arn,
          matchResource(pattern, arn),
        ]);
      }
    });
  }

  it('resolve policy variables per request, and only when the Version allows them', () => {
    const pattern = 'arn:aws:iam::123456789012:user/${aws:username}';
    const prepared = prepareResource(text(pattern), true);
    expect(resourceEntryMatches(prepared, 'arn:aws:iam::123456789012:user/bob', context)).toBe(
      true,
    );
    const other = createRequestContext({ 'aws:username': 'alice' });
    expect(resourceEntryMatches(prepared, 'arn:aws:iam::123456789012:user/bob', other)).toBe(false);
    const literal = prepareResource(text(pattern), false);
    expect(resourceEntryMatches(literal, pattern, context)).toBe(true);
  });
});

describe('prepared Action entries', () => {
  const patterns = [
    '*',
    's3:GetObject',
    'S3:getOBJECT',
    's3:Get*',
    's3:*Object',
    'S3:?etObject',
    'iam:Pass*Role',
    // A prefix and one star: the prefix alone decides (prepareAction's shortcut).
    'S3:GET*',
    's3:*',
    's3:GetObject*',
    's3:Get?*',
    's3:Get?',
    's3:Get**',
  ];
  const actions = [
    's3:getobject',
    's3:putobject',
    's3:getobjectacl',
    's3:get',
    'iam:passrole',
    'sqs:send',
  ];
  for (const pattern of patterns) {
    it(`match exactly like matchAction for ${pattern} (actions given in lower case)`, () => {
      const prepared = prepareAction(text(pattern));
      for (const action of actions) {
        expect([action, actionEntryMatches(prepared, action)]).toEqual([
          action,
          matchAction(pattern, action),
        ]);
      }
    });
  }
});
