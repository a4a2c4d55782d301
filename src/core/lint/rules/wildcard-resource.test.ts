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

  it.each([
    ['*', 'every action'],
    [['s3:*', 'ec2:*'], 'every s3 action and every ec2 action'],
    [['s3:*', '*'], 'every action'],
    ['s3:PutObject', 's3:PutObject'],
    [['s3:PutObject', 's3:DeleteObject'], 's3:PutObject and s3:DeleteObject'],
    [
      ['s3:*', 'ec2:*', 'iam:*', 'sts:*', 'kms:*'],
      'every s3 action, every ec2 action, every iam action and 2 more',
    ],
  ])('names the actions of %j in a sentence', (action, named) => {
    const [finding] = findingsWithCode(
      'wildcard-resource',
      allow(action),
      'identity',
      testCatalog(),
    );
    expect(finding?.message).toBe(
      `"Resource": "*" lets ${named} change every resource of the account: list the ARNs of the resources meant`,
    );
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
