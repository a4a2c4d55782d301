import { describe, expect, it } from 'vitest';
import { decodeBase64 } from './binary.ts';
import { check } from './testing.ts';

describe('BinaryEquals (IAM JSON policy elements: Condition operators)', () => {
  it('decodes base-64 with or without padding', () => {
    expect(decodeBase64('QmluYXJ5')).toBe('Binary');
    expect(decodeBase64('QQ==')).toBe('A');
    expect(decodeBase64('QQ')).toBe('A');
    expect(decodeBase64('Q')).toBeUndefined();
    expect(decodeBase64('not base64!')).toBeUndefined();
  });

  it('compares the decoded bytes', () => {
    const policy = 'QmluYXJ5VmFsdWVJbkJhc2U2NA==';
    expect(check('BinaryEquals', 'k', policy, { k: 'QmluYXJ5VmFsdWVJbkJhc2U2NA==' }).matched).toBe(
      true,
    );
    expect(check('BinaryEquals', 'k', policy, { k: 'QmluYXJ5VmFsdWVJbkJhc2U2NA' }).matched).toBe(
      true,
    );
    expect(check('BinaryEquals', 'k', policy, { k: 'QmluYXJ5' }).matched).toBe(false);
  });

  it('is case-sensitive because base-64 is', () => {
    expect(check('BinaryEquals', 'k', 'QQ==', { k: 'qq==' }).matched).toBe(false);
  });

  it('a request value that is not base-64 is the wrong type', () => {
    expect(check('BinaryEquals', 'k', 'QQ==', { k: '%%' }).failure).toBe('wrong-type');
  });
});
