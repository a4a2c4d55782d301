import { describe, expect, it } from 'vitest';
import { findingsWithCode, policyText, spanText } from '../testing.ts';

/* "IAM identifiers", unique IDs (Access Analyzer: "Invalid role reference", "Invalid user reference"). */

const trusting = (aws: string) =>
  policyText([
    {
      Effect: 'Allow',
      Principal: { AWS: aws },
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::b/*',
    },
  ]);

describe('principal-unique-id', () => {
  it.each([
    ['AROAJQABLZS4A3QDU576Q', 'role'],
    ['AIDAJQABLZS4A3QDU576Q', 'user'],
  ])('warns on %s, the ID of a %s', (id, kind) => {
    const text = trusting(id);
    const [finding] = findingsWithCode('principal-unique-id', text, 'resource');
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toContain(`arn:aws:iam::ACCOUNT:${kind}/NAME`);
    expect(spanText(text, finding!)).toBe(`"${id}"`);
  });

  it('is silent for ARNs and accounts', () => {
    for (const aws of ['arn:aws:iam::111122223333:role/app', '111122223333']) {
      expect(findingsWithCode('principal-unique-id', trusting(aws), 'resource')).toEqual([]);
    }
  });
});
