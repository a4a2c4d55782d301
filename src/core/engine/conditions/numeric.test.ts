import { describe, expect, it } from 'vitest';
import { numericOperators, parseNumber } from './numeric.ts';
import { check } from './testing.ts';

describe('Numeric condition operators (IAM JSON policy elements: Condition operators)', () => {
  it('parses integers and decimals, nothing else', () => {
    expect(parseNumber('10')).toBe(10);
    expect(parseNumber('-2.5')).toBe(-2.5);
    expect(parseNumber('.5')).toBe(0.5);
    expect(parseNumber('1e3')).toBeUndefined();
    expect(parseNumber('ten')).toBeUndefined();
    expect(parseNumber('')).toBeUndefined();
  });

  it.each([
    ['NumericEquals', '10', '10.0', true],
    ['NumericEquals', '10', '11', false],
    ['NumericLessThan', '10', '9.5', true],
    ['NumericLessThan', '10', '10', false],
    ['NumericLessThanEquals', '10', '10', true],
    ['NumericGreaterThan', '10', '10', false],
    ['NumericGreaterThan', '10', '10.01', true],
    ['NumericGreaterThanEquals', '10', '10', true],
    ['NumericGreaterThanEquals', '10', '9', false],
  ])('%s policy %s, request %s -> %s', (operator, policy, request, expected) => {
    expect(check(operator, 's3:max-keys', policy, { 's3:max-keys': request }).matched).toBe(
      expected,
    );
  });

  it('NumericNotEquals with several values holds only when the request equals none', () => {
    expect(check('NumericNotEquals', 'k', ['1', '2'], { k: '2' }).matched).toBe(false);
    expect(check('NumericNotEquals', 'k', ['1', '2'], { k: '3' }).matched).toBe(true);
  });

  it('a request value that is not a number is the wrong type and fails, negated or not', () => {
    expect(check('NumericLessThan', 'k', '10', { k: 'abc' })).toMatchObject({
      matched: false,
      failure: 'wrong-type',
    });
    expect(check('NumericNotEquals', 'k', '10', { k: 'abc' })).toMatchObject({
      matched: false,
      failure: 'wrong-type',
    });
  });

  it('a policy value that is not a number matches nothing', () => {
    expect(numericOperators.NumericEquals?.compile('ten')).toBeNull();
    expect(check('NumericEquals', 'k', ['ten', '3'], { k: '3' }).matched).toBe(true);
    expect(check('NumericEquals', 'k', 'ten', { k: '3' }).failure).toBe('wrong-type');
  });

  it('does not substitute policy variables', () => {
    expect(check('NumericEquals', 'k', '${n}', { k: '3', n: '3' }).failure).toBe('wrong-type');
  });
});
