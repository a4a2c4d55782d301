import { describe, expect, it } from 'vitest';
import type { Decision } from '../scenario/model.ts';
import { evaluate } from './test-scenarios.ts';

/** The decision on s3:ListBucket when the policy asks NumericEquals `literal`, an unquoted number. */
function decisionFor(literal: string, requestValue: string): Decision {
  const document = `{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:ListBucket",
  "Resource": "*", "Condition": {"NumericEquals": {"s3:max-keys": ${literal}}}}}`;
  return evaluate([{ id: 'p', type: 'identity', document }], {
    action: 's3:ListBucket',
    resource: 'arn:aws:s3:::reports',
    context: { 's3:max-keys': requestValue },
  }).decision;
}

// IAM JSON policy elements: Supported data types (integers and floats are JSON numbers) and
// Condition operators, Numeric condition operators.
describe('an unquoted number in a policy is compared as written, never as a double', () => {
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
});
