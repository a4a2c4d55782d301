import { describe, expect, it } from 'vitest';
import { splitArn } from './arn-fields.ts';

const texts = (text: string) => splitArn(text).map((field) => field.text);

describe('splitArn', () => {
  it('splits at the first five colons only: a resource keeps its own', () => {
    const arn = 'arn:aws:logs:us-east-1:111122223333:log-group:/app:*';
    expect(texts(arn)).toEqual([
      'arn',
      'aws',
      'logs',
      'us-east-1',
      '111122223333',
      'log-group:/app:*',
    ]);
    expect(
      splitArn(arn).map((field) => arn.slice(field.start, field.start + field.text.length)),
    ).toEqual(texts(arn));
  });

  it('gives fewer fields for fewer colons, and empty ones where nothing stands', () => {
    expect(texts('arn:aws:s3:::bucket')).toEqual(['arn', 'aws', 's3', '', '', 'bucket']);
    expect(texts('arn:aws:s3')).toEqual(['arn', 'aws', 's3']);
    expect(texts('*')).toEqual(['*']);
  });
});
