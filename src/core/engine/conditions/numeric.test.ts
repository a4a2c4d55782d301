import { describe, expect, it } from 'vitest';
import { compareDecimals, numericOperators, parseDecimal } from './numeric.ts';
import { check } from './testing.ts';

describe('Numeric condition operators (IAM JSON policy elements: Condition operators)', () => {
  it('parses integers and decimals, nothing else', () => {
    expect(parseDecimal('10')).toEqual({ negative: false, integer: '10', fraction: '' });
    expect(parseDecimal('-2.5')).toEqual({ negative: true, integer: '2', fraction: '5' });
    expect(parseDecimal('.5')).toEqual({ negative: false, integer: '', fraction: '5' });
    expect(parseDecimal('1e3')).toBeUndefined();
    expect(parseDecimal('ten')).toBeUndefined();
    expect(parseDecimal('')).toBeUndefined();
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

  it('compares integers beyond 2^53 exactly, not through a double', () => {
    const big = { k: '9007199254740992' };
    expect(check('NumericEquals', 'k', '9007199254740993', big).matched).toBe(false);
    expect(check('NumericNotEquals', 'k', '9007199254740993', big).matched).toBe(true);
    expect(check('NumericLessThan', 'k', '9007199254740993', big).matched).toBe(true);
    expect(check('NumericGreaterThanEquals', 'k', '9007199254740993', big).matched).toBe(false);
    expect(
      check('NumericEquals', 'k', '123456789012345678901234567890', {
        k: '123456789012345678901234567891',
      }).matched,
    ).toBe(false);
  });

  it('compares decimals exactly, whatever zeros and signs they are written with', () => {
    expect(check('NumericEquals', 'k', '0.3', { k: '0.30000000000000001' }).matched).toBe(false);
    expect(check('NumericLessThan', 'k', '0.3', { k: '0.29999999999999999' }).matched).toBe(true);
    expect(check('NumericEquals', 'k', '1.5', { k: '001.500' }).matched).toBe(true);
    expect(check('NumericEquals', 'k', '0', { k: '-0.0' }).matched).toBe(true);
    expect(check('NumericEquals', 'k', '+5', { k: '5.' }).matched).toBe(true);
    expect(check('NumericEquals', 'k', '.5', { k: '0.5' }).matched).toBe(true);
    expect(check('NumericLessThan', 'k', '-2.4', { k: '-2.5' }).matched).toBe(true);
    expect(check('NumericGreaterThan', 'k', '0.49', { k: '0.5' }).matched).toBe(true);
    expect(check('NumericLessThan', 'k', '0.51', { k: '0.5' }).matched).toBe(true);
    expect(check('NumericGreaterThan', 'k', '-1', { k: '0' }).matched).toBe(true);
  });

  it('orders decimals by sign, then integer digits, then fraction digits', () => {
    const order = (a: string, b: string) =>
      Math.sign(compareDecimals(parseDecimal(a)!, parseDecimal(b)!));
    expect(order('10', '9')).toBe(1);
    expect(order('-10', '-9')).toBe(-1);
    expect(order('9.99', '10')).toBe(-1);
    expect(order('-0', '0')).toBe(0);
    expect(order('2.50', '2.5')).toBe(0);
    expect(parseDecimal('1e3')).toBeUndefined();
  });

  it('does not substitute policy variables', () => {
    expect(check('NumericEquals', 'k', '${n}', { k: '3', n: '3' }).failure).toBe('wrong-type');
  });
});
