import { describe, expect, it } from 'vitest';
import {
  contextValueType,
  convertValue,
  replaceEntry,
  validateContextValue,
} from './context-entries.ts';

describe('context entries', () => {
  it('picks the input type from the key, case-insensitively, or from the value', () => {
    expect(contextValueType('aws:SourceIp', '10.0.0.1')).toBe('ip');
    expect(contextValueType('AWS:MultiFactorAuthPresent', 'true')).toBe('bool');
    expect(contextValueType('aws:CurrentTime', '2026-01-01T00:00:00Z')).toBe('date');
    expect(contextValueType('aws:PrincipalTag/team', 'data')).toBe('string');
    expect(contextValueType('s3:prefix', ['a', 'b'])).toBe('list');
  });

  it('validates typed values', () => {
    expect(validateContextValue('bool', 'TRUE')).toBeUndefined();
    expect(validateContextValue('bool', 'yes')).toBe('true or false');
    expect(validateContextValue('number', '3600')).toBeUndefined();
    expect(validateContextValue('number', '1h')).toBe('a number');
    expect(validateContextValue('date', 'soon')).toMatch(/ISO 8601/);
    expect(validateContextValue('ip', '10.0.0.0/8')).toBeUndefined();
    expect(validateContextValue('ip', 'localhost')).toBe('an IP address');
  });

  it('converts values between single and list types', () => {
    expect(convertValue('project', 'list')).toEqual(['project']);
    expect(convertValue('', 'list')).toEqual([]);
    expect(convertValue(['a', 'b'], 'string')).toBe('a');
    expect(convertValue('maybe', 'bool')).toBe('true');
    expect(convertValue('FALSE', 'bool')).toBe('false');
  });
});

describe('replaceEntry, the context editor renaming or changing a key', () => {
  it('keeps the order of the other keys', () => {
    const context = { 'aws:SourceIp': '203.0.113.7', 'aws:username': 'alice', 'aws:x': 'y' };
    expect(Object.keys(replaceEntry(context, 'aws:username', 'aws:userid', 'A1'))).toEqual([
      'aws:SourceIp',
      'aws:userid',
      'aws:x',
    ]);
  });

  it('keeps a key named like an Object member, such as "__proto__" or "constructor"', () => {
    const renamed = replaceEntry(
      { 'aws:SourceIp': '203.0.113.7' },
      'aws:SourceIp',
      '__proto__',
      'p',
    );
    expect(Object.keys(renamed)).toEqual(['__proto__']);
    expect(Object.getOwnPropertyDescriptor(renamed, '__proto__')?.value).toBe('p');
    const added = replaceEntry(renamed, 'constructor', 'constructor', ['c']);
    expect(Object.entries(added)).toEqual([
      ['__proto__', 'p'],
      ['constructor', ['c']],
    ]);
  });
});
