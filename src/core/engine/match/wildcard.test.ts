import { describe, expect, it } from 'vitest';
import { compileWildcard } from './wildcard.ts';

const matches = (pattern: string, value: string, ignoreCase = false) =>
  compileWildcard(pattern, { ignoreCase })(value);

describe('compileWildcard', () => {
  it('matches literal text exactly', () => {
    expect(matches('abc', 'abc')).toBe(true);
    expect(matches('abc', 'abcd')).toBe(false);
    expect(matches('abc', 'ab')).toBe(false);
  });

  it('* matches any run of characters, including none', () => {
    expect(matches('a*c', 'ac')).toBe(true);
    expect(matches('a*c', 'abbbc')).toBe(true);
    expect(matches('a*c', 'abbbd')).toBe(false);
    expect(matches('*', '')).toBe(true);
    expect(matches('**', 'x')).toBe(true);
  });

  it('? matches exactly one character', () => {
    expect(matches('a?c', 'abc')).toBe(true);
    expect(matches('a?c', 'ac')).toBe(false);
    expect(matches('a?c', 'abbc')).toBe(false);
    expect(matches('*?x', 'x')).toBe(false);
    expect(matches('*?x', 'ax')).toBe(true);
  });

  it('places middle pieces leftmost and still finds later matches', () => {
    expect(matches('*ab*ab*', 'xxabyyab')).toBe(true);
    expect(matches('*ab*ab', 'abab')).toBe(true);
    expect(matches('*ab*ab', 'aba')).toBe(false);
    expect(matches('a*b?d*e', 'aXbcdYe')).toBe(true);
    expect(matches('a*b?d*e', 'aXbcdY')).toBe(false);
  });

  it('does not let the head and the tail overlap', () => {
    expect(matches('ab*ba', 'aba')).toBe(false);
    expect(matches('ab*ba', 'abba')).toBe(true);
  });

  it('* matches line breaks (multi-line values)', () => {
    expect(matches('first*last', 'first\nmiddle\nlast')).toBe(true);
    expect(matches('a?b', 'a\nb')).toBe(true);
  });

  it('is case-sensitive unless ignoreCase', () => {
    expect(matches('S3:Get*', 's3:getobject')).toBe(false);
    expect(matches('S3:Get*', 's3:getobject', true)).toBe(true);
  });

  it('treats literal parts (resolved variables, ${*}) as plain text', () => {
    const literalStar = compileWildcard([
      { text: 'home/', literal: false },
      { text: '*', literal: true },
      { text: '/*', literal: false },
    ]);
    expect(literalStar('home/*/file')).toBe(true);
    expect(literalStar('home/alice/file')).toBe(false);
    const literalQuestion = compileWildcard([{ text: 'a?', literal: true }]);
    expect(literalQuestion('a?')).toBe(true);
    expect(literalQuestion('ab')).toBe(false);
  });

  it('does not backtrack exponentially: a*a*a*a*a*a*a*a*b against 10,000 a (issue 3)', () => {
    const value = 'a'.repeat(10_000);
    const started = performance.now();
    expect(matches('a*a*a*a*a*a*a*a*b', value)).toBe(false);
    expect(matches('*a*a*a*a*a*a*a*a*', value)).toBe(true);
    expect(matches('a*a*a*a*a*a*a*a*?b*', value)).toBe(false);
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('stays fast with ? in every middle piece', () => {
    const value = 'a'.repeat(10_000) + 'c';
    const started = performance.now();
    expect(matches('*a?a*a?a*a?a*a?b*', value)).toBe(false);
    expect(performance.now() - started).toBeLessThan(50);
  });
});
