import { describe, expect, it } from 'vitest';
import { check } from './testing.ts';

const topic = 'arn:aws:sns:us-east-1:123456789012:my-topic';

describe('ARN condition operators (IAM JSON policy elements: Condition operators)', () => {
  it('ArnEquals and ArnLike behave identically, with wildcards per segment', () => {
    for (const operator of ['ArnEquals', 'ArnLike']) {
      expect(
        check(operator, 'aws:SourceArn', 'arn:aws:sns:*:123456789012:my-*', {
          'aws:SourceArn': topic,
        }).matched,
      ).toBe(true);
      expect(
        check(operator, 'aws:SourceArn', 'arn:aws:sns:*:999999999999:*', { 'aws:SourceArn': topic })
          .matched,
      ).toBe(false);
    }
  });

  it('is case-sensitive', () => {
    expect(
      check('ArnEquals', 'aws:SourceArn', topic.toUpperCase(), { 'aws:SourceArn': topic }).matched,
    ).toBe(false);
  });

  it('ArnLike fails where StringLike succeeds: * stays within its segment', () => {
    const pattern = 'arn:aws:someservice:*:111122223333:finance/*';
    const value =
      'arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt';
    expect(check('ArnLike', 'aws:SourceArn', pattern, { 'aws:SourceArn': value }).matched).toBe(
      false,
    );
    expect(check('StringLike', 'aws:SourceArn', pattern, { 'aws:SourceArn': value }).matched).toBe(
      true,
    );
  });

  it('ArnNotEquals / ArnNotLike hold only when no value matches', () => {
    expect(
      check('ArnNotLike', 'aws:SourceArn', ['arn:aws:sns:*:*:other', 'arn:aws:sns:*:*:my-*'], {
        'aws:SourceArn': topic,
      }).matched,
    ).toBe(false);
    expect(
      check('ArnNotEquals', 'aws:SourceArn', 'arn:aws:sns:*:*:other', { 'aws:SourceArn': topic })
        .matched,
    ).toBe(true);
  });

  it('substitutes policy variables', () => {
    const ctx = { 'aws:SourceArn': topic, 'aws:PrincipalAccount': '123456789012' };
    expect(
      check('ArnLike', 'aws:SourceArn', 'arn:aws:sns:*:${aws:PrincipalAccount}:*', ctx).matched,
    ).toBe(true);
  });
});
