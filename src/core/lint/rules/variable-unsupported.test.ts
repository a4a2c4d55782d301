import { describe, expect, it } from 'vitest';
import { findingsWithCode, policyText, spanText } from '../testing.ts';

describe('variable-unsupported', () => {
  it('reports variables in Action, condition keys and numeric or date values', () => {
    const text = policyText([
      {
        Effect: 'Allow',
        Action: 's3:${aws:username}',
        Resource: '*',
        Condition: {
          NumericLessThan: { 's3:max-keys': '${aws:username}' },
          StringEquals: { 'aws:PrincipalTag/${aws:username}': 'x' },
        },
      },
    ]);
    const findings = findingsWithCode('variable-unsupported', text);
    expect(findings.map((finding) => spanText(text, finding))).toEqual([
      '"s3:${aws:username}"',
      '"${aws:username}"',
      '"aws:PrincipalTag/${aws:username}"',
    ]);
  });

  it('accepts variables in Resource and in string, ARN and Bool values', () => {
    const text = policyText([
      {
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: 'arn:aws:s3:::home/${aws:username}',
        Condition: {
          StringLike: { 's3:prefix': '${aws:username}/*' },
          ArnEquals: { 'aws:SourceArn': 'arn:aws:iam::111122223333:user/${aws:username}' },
        },
      },
    ]);
    expect(findingsWithCode('variable-unsupported', text)).toEqual([]);
  });
});
