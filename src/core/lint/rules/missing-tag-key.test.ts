import { describe, expect, it } from 'vitest';
import { testCatalog } from '../test-catalog.ts';
import { findingsWithCode, policyText } from '../testing.ts';

const withKey = (key: string) =>
  policyText([
    {
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: '*',
      Condition: { StringEquals: { [key]: 'x' } },
    },
  ]);

describe('missing-tag-key', () => {
  it('reports tag keys without the tag name', () => {
    expect(findingsWithCode('missing-tag-key', withKey('aws:ResourceTag'))[0]?.severity).toBe(
      'error',
    );
    expect(findingsWithCode('missing-tag-key', withKey('aws:RequestTag/'))).toHaveLength(1);
    expect(
      findingsWithCode(
        'missing-tag-key',
        withKey('s3:ExistingObjectTag'),
        'identity',
        testCatalog(),
      ),
    ).toHaveLength(1);
  });

  it('accepts tag keys with a name, and other keys', () => {
    expect(findingsWithCode('missing-tag-key', withKey('aws:ResourceTag/team'))).toEqual([]);
    expect(
      findingsWithCode('missing-tag-key', withKey('s3:prefix'), 'identity', testCatalog()),
    ).toEqual([]);
  });
});
