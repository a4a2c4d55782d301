import { describe, expect, it } from 'vitest';
import { testCatalog } from '../test-catalog.ts';
import { findingsWithCode, policyText } from '../testing.ts';

const allow = (action: unknown, resource: unknown = '*') =>
  policyText([{ Effect: 'Allow', Action: action, Resource: resource }]);

describe('wildcard-resource', () => {
  it('warns on "*" with write actions that could be scoped', () => {
    expect(findingsWithCode('wildcard-resource', allow('s3:*'))[0]?.severity).toBe('warning');
    expect(
      findingsWithCode('wildcard-resource', allow('s3:PutObject'), 'identity', testCatalog()),
    ).toHaveLength(1);
  });

  it('is silent for reads, actions that need "*", and named resources', () => {
    const catalog = testCatalog();
    expect(
      findingsWithCode(
        'wildcard-resource',
        allow(['s3:GetObject', 's3:ListBucket']),
        'identity',
        catalog,
      ),
    ).toEqual([]);
    expect(
      findingsWithCode('wildcard-resource', allow('ec2:DescribeInstances'), 'identity', catalog),
    ).toEqual([]);
    expect(findingsWithCode('wildcard-resource', allow('s3:*', 'arn:aws:s3:::b/*'))).toEqual([]);
  });
});
