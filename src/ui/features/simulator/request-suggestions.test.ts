import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../../core/index.ts';
import {
  actionOptions,
  contextKeyOptions,
  contextTypeOf,
  exampleArn,
  resourceOptions,
} from './request-suggestions.ts';

const catalog = bundledCatalog();
const s3 = (await catalog.load('s3'))!;
const iam = (await catalog.load('iam'))!;

describe('actionOptions', () => {
  it('offers service prefixes before a colon', () => {
    const options = actionOptions(catalog, undefined, 'dynam');
    expect(options).toEqual(['dynamodb:']);
  });

  it("offers the service's actions starting with the typed name", () => {
    const options = actionOptions(catalog, s3, 's3:GetObjectT');
    expect(options).toContain('s3:GetObjectTagging');
    expect(options).toContain('s3:GetObjectTorrent');
    expect(options.every((o) => o.startsWith('s3:GetObjectT'))).toBe(true);
  });
});

describe('resourceOptions', () => {
  it("gives an example ARN in each of the action's resource formats", () => {
    expect(resourceOptions(iam.action('PassRole'))).toEqual([
      'arn:aws:iam::123456789012:role/RoleNameWithPath',
    ]);
    expect(resourceOptions(s3.action('GetObject'))).toContain('arn:aws:s3:::BucketName/ObjectName');
    expect(exampleArn('arn:${Partition}:sqs:${Region}:${Account}:${QueueName}')).toBe(
      'arn:aws:sqs:us-east-1:123456789012:QueueName',
    );
  });
});

describe('contextKeyOptions', () => {
  it('offers the keys s3:GetObject supports on an object, and the global keys', () => {
    const keys = contextKeyOptions(catalog, s3, s3.action('GetObject'), 'arn:aws:s3:::b/k').map(
      (k) => k.key,
    );
    expect(keys).toContain('s3:ExistingObjectTag/<key>');
    expect(keys).toContain('aws:SourceIp');
  });

  it('offers only the global keys for an unknown action', () => {
    expect(contextKeyOptions(catalog, undefined, undefined, '')).toEqual(
      catalog.globalConditionKeys,
    );
  });

  it('edits each key type with a fitting input', () => {
    expect(contextTypeOf('ArrayOfString')).toBe('list');
    expect(contextTypeOf('IPAddress')).toBe('ip');
    expect(contextTypeOf('ARN')).toBe('string');
  });
});
