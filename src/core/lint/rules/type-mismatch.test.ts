import { describe, expect, it } from 'vitest';
import { testCatalog } from '../test-catalog.ts';
import { findingsWithCode, policyText } from '../testing.ts';

const withCondition = (condition: object) =>
  policyText([{ Effect: 'Allow', Action: 's3:ListBucket', Resource: '*', Condition: condition }]);

describe('type-mismatch', () => {
  it('warns when the operator does not suit the key type', () => {
    const text = withCondition({
      StringEquals: { 'aws:SecureTransport': 'true' },
      NumericLessThan: { 's3:prefix': 5 },
    });
    expect(findingsWithCode('type-mismatch', text)).toHaveLength(1);
    const withCatalog = findingsWithCode('type-mismatch', text, 'identity', testCatalog());
    expect(withCatalog).toHaveLength(2);
    expect(withCatalog[0]?.severity).toBe('warning');
  });

  it('accepts suitable operators, String on ARN keys and Null anywhere', () => {
    const text = withCondition({
      Bool: { 'aws:SecureTransport': 'true' },
      StringLike: { 'aws:SourceArn': 'arn:aws:sns:*' },
      NumericLessThan: { 's3:max-keys': 5 },
      Null: { 'aws:SourceIp': 'false' },
      ArnLike: { 's3:prefix': 'arn:aws:s3:::b' },
    });
    expect(findingsWithCode('type-mismatch', text, 'identity', testCatalog())).toEqual([]);
  });
});
