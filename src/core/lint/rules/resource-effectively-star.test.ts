import { describe, expect, it } from 'vitest';
import { testCatalog } from '../test-catalog.ts';
import { findingsWithCode, policyText, spanText } from '../testing.ts';

const CODE = 'resource-effectively-star';

function findings(action: string | string[], resource: string | string[]) {
  const text = policyText([{ Effect: 'Allow', Action: action, Resource: resource }]);
  return { text, found: findingsWithCode(CODE, text, 'identity', testCatalog()) };
}

describe('resource-effectively-star', () => {
  it('reports patterns that cover every resource type of the actions', () => {
    const { text, found } = findings('iam:CreatePolicyVersion', 'arn:*:iam::*:policy/*');
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('suggestion');
    expect(spanText(text, found[0]!)).toBe('"arn:*:iam::*:policy/*"');
    const objects = findings(['s3:PutObject', 's3:DeleteObject'], 'arn:aws:s3:::*/*').found;
    expect(objects).toHaveLength(1);
  });

  it('needs every resource type covered, by one entry or several', () => {
    const both = ['iam:PassRole', 'iam:AttachUserPolicy'];
    expect(findings(both, 'arn:aws:iam::*:role/*').found).toEqual([]);
    expect(findings(both, ['arn:aws:iam::*:role/*', 'arn:aws:iam::*:user/*']).found).toHaveLength(
      1,
    );
  });

  it('is silent on named accounts, read-only statements, "*" and actions that take only "*"', () => {
    expect(findings('iam:CreatePolicyVersion', 'arn:aws:iam::111122223333:policy/*').found).toEqual(
      [],
    );
    expect(findings('s3:GetObject', 'arn:aws:s3:::*/*').found).toEqual([]);
    expect(findings('s3:PutObject', '*').found).toEqual([]);
    expect(findings(['s3:PutObject', 's3:ListAllMyBuckets'], 'arn:aws:s3:::*').found).toEqual([]);
  });
});
