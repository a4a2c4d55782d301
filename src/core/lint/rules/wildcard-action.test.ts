import { describe, expect, it } from 'vitest';
import { testCatalog } from '../test-catalog.ts';
import { findingsWithCode, policyText } from '../testing.ts';

const allow = (action: unknown, effect = 'Allow') =>
  policyText([{ Effect: effect, Action: action, Resource: '*' }]);

describe('wildcard-action', () => {
  it('warns on "*" and on a whole service, with the count from the catalog', () => {
    expect(findingsWithCode('wildcard-action', allow('*'))[0]?.message).toContain(
      'every action of every AWS service',
    );
    expect(findingsWithCode('wildcard-action', allow('s3:*'))[0]?.message).toContain(
      'every action of s3',
    );
    const [counted] = findingsWithCode('wildcard-action', allow('s3:*'), 'identity', testCatalog());
    expect(counted?.message).toContain('all 6 actions of s3');
    expect(counted?.severity).toBe('warning');
  });

  it('is silent for named actions, partial wildcards and Deny', () => {
    expect(findingsWithCode('wildcard-action', allow(['s3:GetObject', 's3:Get*']))).toEqual([]);
    expect(findingsWithCode('wildcard-action', allow('*', 'Deny'))).toEqual([]);
  });
});
