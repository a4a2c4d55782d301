import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../../core/index.ts';
import {
  conditionKeySuggestions,
  knownConditionKey,
  operatorFitsKeyType,
  operatorForKeyType,
} from './condition-key-suggestions.ts';

const catalog = bundledCatalog();
const s3 = (await catalog.load('s3'))!;

describe('conditionKeySuggestions', () => {
  it("offers s3:GetObject's service keys before the global keys, each once", () => {
    const keys = conditionKeySuggestions(catalog, [s3.action('GetObject')!]).map((k) => k.key);
    expect(keys).toContain('s3:ExistingObjectTag/<key>');
    expect(keys).toContain('aws:SourceIp');
    expect(keys.indexOf('s3:ExistingObjectTag/<key>')).toBeLessThan(keys.indexOf('aws:SourceIp'));
    expect(new Set(keys.map((k) => k.toLowerCase())).size).toBe(keys.length);
    // A key of another action only: s3:x-amz-acl is set on uploads, not reads.
    expect(keys).not.toContain('s3:x-amz-acl');
  });

  it('offers only global keys without actions', () => {
    expect(conditionKeySuggestions(catalog, [])).toEqual(catalog.globalConditionKeys);
  });
});

describe('knownConditionKey', () => {
  it('knows global keys and filled-in templates of loaded services', () => {
    expect(knownConditionKey(catalog, 'aws:SourceIp')?.type).toBe('IPAddress');
    expect(knownConditionKey(catalog, 's3:ExistingObjectTag/team')?.key).toBe(
      's3:ExistingObjectTag/<key>',
    );
    expect(knownConditionKey(catalog, 'nosuch:Key')).toBeUndefined();
  });
});

describe('operatorForKeyType', () => {
  it('picks the operator family of each key type', () => {
    expect(operatorForKeyType('String')?.base).toBe('StringEquals');
    expect(operatorForKeyType('ARN')?.base).toBe('ArnLike');
    expect(operatorForKeyType('Bool')?.base).toBe('Bool');
    expect(operatorForKeyType('Date')?.base).toBe('DateGreaterThan');
    expect(operatorForKeyType('Numeric')?.base).toBe('NumericLessThan');
    expect(operatorForKeyType('IPAddress')?.base).toBe('IpAddress');
    expect(operatorForKeyType('Binary')).toBeUndefined();
  });

  it('uses a set qualifier for multivalued keys such as aws:TagKeys', () => {
    expect(operatorForKeyType('ArrayOfString')).toEqual({
      base: 'StringEquals',
      setQualifier: 'ForAnyValue',
      ifExists: false,
    });
  });

  it('keeps an operator the user chose when it already fits', () => {
    expect(operatorFitsKeyType({ base: 'StringLike', ifExists: false }, 'String')).toBe(true);
    expect(operatorFitsKeyType({ base: 'NotIpAddress', ifExists: false }, 'IPAddress')).toBe(true);
    expect(operatorFitsKeyType({ base: 'StringEquals', ifExists: false }, 'Bool')).toBe(false);
    expect(operatorFitsKeyType({ base: 'StringEquals', ifExists: false }, 'ArrayOfString')).toBe(
      false,
    );
  });
});
