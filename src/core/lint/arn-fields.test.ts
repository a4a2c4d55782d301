import { describe, expect, it } from 'vitest';
import { arnField, hasSixFields, splitArn } from './arn-fields.ts';

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

describe('arnField and hasSixFields', () => {
  it('give the field splitArn gives, and whether it gives six', () => {
    const texts = [
      'arn:aws:logs:us-east-1:111122223333:log-group:/app:*',
      'arn:aws:s3:::bucket',
      'arn:aws:*code*',
      'arn:aws',
      'arn',
      '',
      ':::::',
      'arn:aws:iam::111122223333:role/a:b',
    ];
    for (const text of texts) {
      const fields = splitArn(text);
      for (let index = 0; index < 6; index++) {
        expect(arnField(text, index), `${text} ${index}`).toEqual(fields[index]);
      }
      expect(hasSixFields(text), text).toBe(fields.length === 6);
    }
  });
});
