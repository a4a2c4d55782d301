import { describe, expect, it } from 'vitest';
import { arnService, compileTemplate } from './template.ts';

const OBJECT = 'arn:${Partition}:s3:::${BucketName}/${ObjectName}';
const BUCKET = 'arn:${Partition}:s3:::${BucketName}';
const ROLE = 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}';

describe('compileTemplate', () => {
  it('matches an S3 object ARN, with a key that contains slashes', () => {
    expect(compileTemplate(OBJECT).matches('arn:aws:s3:::my-bucket/a/b/c.txt')).toBe(true);
    expect(compileTemplate(OBJECT).matches('arn:aws:s3:::my-bucket')).toBe(false);
  });

  it('lets a placeholder before the end span neither "/" nor ":"', () => {
    expect(compileTemplate(ROLE).matches('arn:aws:iam::123456789012:role/path/Admin')).toBe(true);
    expect(compileTemplate(ROLE).matches('arn:aws:iam::12:34:role/Admin')).toBe(false);
  });

  it('gives the object format more specificity than the bucket format', () => {
    expect(compileTemplate(OBJECT).specificity).toBeGreaterThan(
      compileTemplate(BUCKET).specificity,
    );
  });

  it('compares literals exactly unless told to ignore case', () => {
    const key = 'aws:ResourceTag/${TagKey}';
    expect(compileTemplate(key).matches('aws:resourcetag/Team')).toBe(false);
    expect(compileTemplate(key, true).matches('aws:resourcetag/Team')).toBe(true);
    expect(compileTemplate(key, true).matches('aws:resourcetag/')).toBe(false);
  });

  it('stays fast on long inputs', () => {
    const many = 'arn:${A}:${B}:${C}:${D}:${E}:${F}:${G}/x';
    const started = performance.now();
    expect(compileTemplate(many).matches(`arn:${'a:'.repeat(3000)}`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('arnService', () => {
  it('reads the service field', () => {
    expect(arnService('arn:aws:s3:::bucket')).toBe('s3');
    expect(arnService(ROLE)).toBe('iam');
    expect(arnService('not-an-arn')).toBeUndefined();
  });
});
