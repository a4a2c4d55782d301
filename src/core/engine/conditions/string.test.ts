import { describe, expect, it } from 'vitest';
import { check } from './testing.ts';

const holds = (...args: Parameters<typeof check>) => check(...args).matched;

describe('String condition operators (IAM JSON policy elements: Condition operators)', () => {
  it('StringEquals is exact and case-sensitive; values are ORed', () => {
    expect(
      holds('StringEquals', 'aws:PrincipalTag/team', 'data', { 'aws:PrincipalTag/team': 'data' }),
    ).toBe(true);
    expect(
      holds('StringEquals', 'aws:PrincipalTag/team', 'data', { 'aws:PrincipalTag/team': 'Data' }),
    ).toBe(false);
    expect(
      holds('StringEquals', 'aws:PrincipalTag/team', ['ops', 'data'], {
        'aws:PrincipalTag/team': 'data',
      }),
    ).toBe(true);
  });

  it('StringEqualsIgnoreCase / StringNotEqualsIgnoreCase ignore case', () => {
    expect(holds('StringEqualsIgnoreCase', 'k', 'DATA', { k: 'data' })).toBe(true);
    expect(holds('StringNotEqualsIgnoreCase', 'k', 'DATA', { k: 'data' })).toBe(false);
    expect(holds('StringNotEqualsIgnoreCase', 'k', 'DATA', { k: 'ops' })).toBe(true);
  });

  it('StringNotEquals with several values holds only when none matches (NOR)', () => {
    expect(holds('StringNotEquals', 'k', ['audit', 'security'], { k: 'audit' })).toBe(false);
    expect(holds('StringNotEquals', 'k', ['audit', 'security'], { k: 'security' })).toBe(false);
    expect(holds('StringNotEquals', 'k', ['audit', 'security'], { k: 'dev' })).toBe(true);
    expect(check('StringNotEquals', 'k', ['audit', 'security'], { k: 'audit' }).failure).toBe(
      'value-matched-negated',
    );
  });

  it('StringLike takes * and ? anywhere, case-sensitively, across lines', () => {
    expect(holds('StringLike', 's3:prefix', 'home/*', { 's3:prefix': 'home/alice/docs' })).toBe(
      true,
    );
    expect(holds('StringLike', 's3:prefix', 'home/*', { 's3:prefix': 'Home/alice' })).toBe(false);
    expect(holds('StringLike', 'k', 't?.*', { k: 't2.micro' })).toBe(true);
    expect(holds('StringLike', 'k', 'line1*line3', { k: 'line1\nline2\nline3' })).toBe(true);
  });

  it('StringEquals does not treat * as a wildcard', () => {
    expect(holds('StringEquals', 'k', 'home/*', { k: 'home/alice' })).toBe(false);
    expect(holds('StringEquals', 'k', 'home/*', { k: 'home/*' })).toBe(true);
  });

  it('StringNotLike holds when no pattern matches', () => {
    expect(holds('StringNotLike', 'k', ['a*', 'b*'], { k: 'cat' })).toBe(true);
    expect(holds('StringNotLike', 'k', ['a*', 'b*'], { k: 'bat' })).toBe(false);
  });

  it('substitutes policy variables in values (IAM policy elements: Variables and tags)', () => {
    const ctx = { 'aws:username': 'alice', 's3:prefix': 'home/alice/x' };
    expect(holds('StringLike', 's3:prefix', 'home/${aws:username}/*', ctx)).toBe(true);
    const trace = check('StringLike', 's3:prefix', 'home/${aws:username}/*', ctx);
    expect(trace.values[0]?.resolved).toBe('home/alice/*');
  });

  it('keeps ${...} literal when variables are off (Version 2008-10-17 or none)', () => {
    const ctx = { 'aws:username': 'alice', k: '${aws:username}' };
    expect(holds('StringEquals', 'k', '${aws:username}', ctx, false)).toBe(true);
    expect(holds('StringEquals', 'k', '${aws:username}', ctx, true)).toBe(false);
  });

  it('a variable substituted into StringLike is literal, ${*} is a literal star', () => {
    const ctx = { 'aws:PrincipalTag/p': 'a*', k: 'abc' };
    expect(holds('StringLike', 'k', '${aws:PrincipalTag/p}', ctx)).toBe(false);
    expect(holds('StringLike', 'k', '${*}', { k: 'anything' })).toBe(false);
    expect(holds('StringLike', 'k', '${*}', { k: '*' })).toBe(true);
  });
});
