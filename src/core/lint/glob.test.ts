import { describe, expect, it } from 'vitest';
import { globCovers, globsIntersect } from './glob.ts';

describe('globsIntersect', () => {
  it('finds a common string when there is one', () => {
    expect(globsIntersect('arn:aws:s3:::*', 'arn:*:s3:::*/*')).toBe(true);
    expect(globsIntersect('s3:Get*', '*Object')).toBe(true);
    expect(globsIntersect('a?c', 'abc')).toBe(true);
    expect(globsIntersect('S3:GETOBJECT', 's3:getobject', true)).toBe(true);
  });

  it('says no when the patterns cannot meet', () => {
    expect(globsIntersect('arn:aws:s3:::bucket', 'arn:*:s3:::*/*')).toBe(false);
    expect(globsIntersect('s3:Get*', 's3:Put*')).toBe(false);
    expect(globsIntersect('ab', 'a')).toBe(false);
  });
});

describe('globCovers', () => {
  it('covers narrower patterns and plain text', () => {
    expect(globCovers('s3:*', 's3:GetObject')).toBe(true);
    expect(globCovers('s3:Get*', 's3:GetObject*')).toBe(true);
    expect(globCovers('*', 'anything*')).toBe(true);
    expect(globCovers('S3:*', 's3:get?', true)).toBe(true);
  });

  it('does not cover wider or different patterns', () => {
    expect(globCovers('s3:GetObject', 's3:Get*')).toBe(false);
    expect(globCovers('a?c', 'a*c')).toBe(false);
    expect(globCovers('s3:Get*', 's3:PutObject')).toBe(false);
    expect(globCovers('S3:*', 's3:get', false)).toBe(false);
  });
});
