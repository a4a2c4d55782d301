import { describe, expect, it } from 'vitest';
import { check } from './testing.ts';

describe('Null condition operator (Condition operator to check existence of condition keys)', () => {
  it('"true" holds when the key is absent', () => {
    expect(check('Null', 'aws:TokenIssueTime', 'true', {}).matched).toBe(true);
    expect(
      check('Null', 'aws:TokenIssueTime', 'true', { 'aws:TokenIssueTime': '2026-01-01' }),
    ).toMatchObject({
      matched: false,
      failure: 'no-value-matched',
    });
  });

  it('"false" holds when the key is present', () => {
    expect(
      check('Null', 'aws:TokenIssueTime', 'false', { 'aws:TokenIssueTime': '2026-01-01' }).matched,
    ).toBe(true);
    expect(check('Null', 'aws:TokenIssueTime', 'false', {})).toMatchObject({
      matched: false,
      failure: 'missing-key',
    });
  });

  it('reads the value case-insensitively and an empty multivalued key as null', () => {
    expect(check('Null', 'k', 'TRUE', {}).matched).toBe(true);
    expect(check('Null', 'aws:TagKeys', 'true', { 'aws:TagKeys': [] }).matched).toBe(true);
  });

  it('a value other than true/false is the wrong type', () => {
    expect(check('Null', 'k', 'maybe', {}).failure).toBe('wrong-type');
  });
});
