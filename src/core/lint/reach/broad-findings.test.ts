import { describe, expect, it } from 'vitest';
import { lintPolicy } from '../lint-policy.ts';
import { testCatalog } from '../test-catalog.ts';
import { policyText } from '../testing.ts';

function marked(statements: object[]) {
  return lintPolicy(policyText(statements), 'identity', testCatalog()).map((finding) => [
    finding.code,
    finding.broadStatement,
  ]);
}

describe('findings marked as saying a statement is broader than it looks', () => {
  it('name the statement of a wildcard finding, not the others', () => {
    const found = marked([
      { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
      { Effect: 'Allow', Action: 's3:*', Resource: '*' },
    ]);
    expect(found).toContainEqual(['wildcard-action', 1]);
    expect(found).toContainEqual(['wildcard-resource', 1]);
    expect(found.filter(([, statement]) => statement === 0)).toEqual([]);
  });

  it('include Allow with NotResource, which grants every resource but those listed', () => {
    const found = marked([
      { Effect: 'Allow', Action: 's3:GetObject', NotResource: 'arn:aws:s3:::secret/*' },
    ]);
    expect(found).toContainEqual(['allow-with-not-resource', 0]);
  });

  it('include a Resource pattern as broad as "*" for the statement\'s actions', () => {
    const found = marked([
      { Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::*/*' },
    ]);
    expect(found).toContainEqual(['resource-effectively-star', 0]);
  });

  it('include an unknown key under a negated operator in an Allow, which then always holds', () => {
    // "IAM JSON policy elements: Condition operators": a negated operator matches a request
    // without the key.
    const negated = marked([
      {
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: '*',
        Condition: { StringNotEquals: { 'aws:SourceIpp': '1' } },
      },
    ]);
    expect(negated).toContainEqual(['unknown-condition-key', 0]);
    const plain = marked([
      {
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: '*',
        Condition: { StringEquals: { 'aws:SourceIpp': '1' } },
      },
    ]);
    expect(plain).toContainEqual(['unknown-condition-key', undefined]);
  });

  it('leave other findings alone', () => {
    const found = marked([{ Effect: 'Allow', Action: 's3:GetObjekt', Resource: '*' }]);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every(([, statement]) => statement === undefined)).toBe(true);
  });
});
