import { describe, expect, it } from 'vitest';
import { simulate } from '../engine/evaluate.ts';
import { SCENARIO_FORMAT, type Decision } from '../scenario/model.ts';
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

/** A policy allowing s3:ListBucket when s3:max-keys equals `literal`, an unquoted JSON number. */
function numericEqualsPolicy(literal: string): string {
  return `{
  "Version": "2012-10-17",
  "Statement": {
    "Effect": "Allow",
    "Action": "s3:ListBucket",
    "Resource": "*",
    "Condition": {"NumericEquals": {"s3:max-keys": ${literal}}}
  }
}`;
}

function decisionFor(literal: string, requestValue: string): Decision | undefined {
  const result = simulate({
    format: SCENARIO_FORMAT,
    policies: [{ id: 'p', type: 'identity', document: numericEqualsPolicy(literal) }],
    requests: [
      {
        principal: 'arn:aws:iam::111122223333:user/alice',
        action: 's3:ListBucket',
        resource: 'arn:aws:s3:::reports',
        context: { 's3:max-keys': requestValue },
      },
    ],
  });
  return result.results[0]?.decision;
}

// IAM JSON policy elements: Supported data types (integers and floats are JSON numbers) and
// Condition operators, Numeric condition operators.
describe('an unquoted number in a policy is compared as written, never as a double', () => {
  it('the model keeps the literal digits', () => {
    const [statement] = parsePolicy(numericEqualsPolicy('9007199254740993')).policy.statements;
    expect(statement?.conditions[0]?.keys[0]?.values[0]?.value).toBe('9007199254740993');
  });

  it('NumericEquals 9007199254740993 does not match 9007199254740992', () => {
    expect(decisionFor('9007199254740993', '9007199254740992')).toBe('implicitDeny');
    expect(decisionFor('9007199254740993', '9007199254740993')).toBe('allowed');
  });

  it('NumericEquals 1.50 matches 1.5', () => {
    expect(decisionFor('1.50', '1.5')).toBe('allowed');
    expect(decisionFor('1.50', '1.51')).toBe('implicitDeny');
  });

  it('an exponent is worked out exactly: 9.007199254740993e15 is 9007199254740993', () => {
    expect(decisionFor('9.007199254740993e15', '9007199254740993')).toBe('allowed');
    expect(decisionFor('9.007199254740993e15', '9007199254740992')).toBe('implicitDeny');
  });

  it('a policy that is not valid JSON still reads its numbers as written', () => {
    const text = `${numericEqualsPolicy('9007199254740993')},`;
    const [statement] = parsePolicy(text).policy.statements;
    expect(statement?.conditions[0]?.keys[0]?.values[0]?.value).toBe('9007199254740993');
  });
});
