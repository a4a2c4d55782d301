import { describe, expect, it } from 'vitest';
import { check } from './testing.ts';

describe('Bool condition operator (IAM JSON policy elements: Condition operators)', () => {
  it('compares true/false case-insensitively', () => {
    expect(
      check('Bool', 'aws:SecureTransport', 'false', { 'aws:SecureTransport': 'FALSE' }).matched,
    ).toBe(true);
    expect(
      check('Bool', 'aws:SecureTransport', 'true', { 'aws:SecureTransport': 'false' }).matched,
    ).toBe(false);
    expect(
      check('Bool', 'aws:SecureTransport', 'True', { 'aws:SecureTransport': 'true' }).matched,
    ).toBe(true);
  });

  it('a value that is not a boolean is the wrong type', () => {
    expect(check('Bool', 'k', 'true', { k: 'yes' }).failure).toBe('wrong-type');
    expect(check('Bool', 'k', 'yes', { k: 'true' }).failure).toBe('wrong-type');
  });

  it('a missing key makes Bool false (it is not negated)', () => {
    expect(check('Bool', 'aws:MultiFactorAuthPresent', 'false', {}).failure).toBe('missing-key');
  });

  it('substitutes policy variables', () => {
    expect(
      check('Bool', 'k', '${aws:PrincipalTag/flag}', { k: 'true', 'aws:PrincipalTag/flag': 'TRUE' })
        .matched,
    ).toBe(true);
  });
});
