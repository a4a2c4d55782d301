import { describe, expect, it } from 'vitest';
import { findingsWithCode, policyText, spanText } from '../testing.ts';

/** The text of each variable-unsupported finding in a statement with these elements. */
function reported(elements: Record<string, unknown>): string[] {
  const text = policyText([
    { Effect: 'Allow', Action: 's3:ListBucket', Resource: '*', ...elements },
  ]);
  return findingsWithCode('variable-unsupported', text).map((finding) => spanText(text, finding));
}

describe('variable-unsupported', () => {
  it.each([
    ['Action', { Action: 's3:${aws:username}' }, '"s3:${aws:username}"'],
    [
      'a numeric value',
      { Condition: { NumericLessThan: { 's3:max-keys': '${aws:username}' } } },
      '"${aws:username}"',
    ],
    [
      'a condition key',
      { Condition: { StringEquals: { 'aws:PrincipalTag/${aws:username}': 'x' } } },
      '"aws:PrincipalTag/${aws:username}"',
    ],
  ])('reports a variable in %s', (_, elements, span) => {
    expect(reported(elements)).toEqual([span]);
  });

  it.each([
    ['Resource', { Resource: 'arn:aws:s3:::home/${aws:username}' }],
    ['a string value', { Condition: { StringLike: { 's3:prefix': '${aws:username}/*' } } }],
    [
      'an ARN value',
      {
        Condition: {
          ArnEquals: { 'aws:SourceArn': 'arn:aws:iam::111122223333:user/${aws:username}' },
        },
      },
    ],
    ['a Bool value', { Condition: { Bool: { 'aws:SecureTransport': '${aws:username}' } } }],
  ])('accepts a variable in %s', (_, elements) => {
    expect(reported(elements)).toEqual([]);
  });
});
