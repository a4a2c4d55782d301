import { describe, expect, it } from 'vitest';
import { numberLiteralText } from './number-text.ts';
import { parsePolicy } from './parse.ts';

describe('numberLiteralText', () => {
  it.each([
    ['9007199254740993', '9007199254740993'],
    ['1.50', '1.50'],
    ['-0.25', '-0.25'],
    ['2.5e3', '2500'],
    ['1E+2', '100'],
    ['25e-1', '2.5'],
    ['1.5e-3', '0.0015'],
    ['-12.34e1', '-123.4'],
    ['0.05e2', '5'],
    ['0e5', '0'],
    ['9007199254740993e0', '9007199254740993'],
  ])('%s is %s', (literal, decimal) => {
    expect(numberLiteralText(literal)).toBe(decimal);
  });

  it('keeps an exponent too large to spell out as written', () => {
    expect(numberLiteralText('1e999999999')).toBe('1e999999999');
  });
});

describe('parsePolicy reads an unquoted number in a condition as written, not as a double', () => {
  const text = `{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:ListBucket",
  "Resource": "*", "Condition": {"NumericEquals": {"s3:max-keys": [9007199254740993, 1.50]}}}}`;
  const valuesOf = (policyText: string) =>
    parsePolicy(policyText).policy.statements[0]?.conditions[0]?.keys[0]?.values.map(
      (value) => value.value,
    );

  it('in a valid policy', () => {
    expect(valuesOf(text)).toEqual(['9007199254740993', '1.50']);
  });

  it('in a policy that is not valid JSON (read over the recovering parser)', () => {
    expect(valuesOf(`${text},`)).toEqual(['9007199254740993', '1.50']);
  });
});
