import { describe, expect, it } from 'vitest';
import { contextValueType, convertValue, validateContextValue } from './context-entries.ts';

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
