import { describe, expect, it } from 'vitest';
import { findingsWithCode, policyText } from '../testing.ts';

const withAction = (action: string) =>
  policyText([{ Effect: 'Allow', Action: action, Resource: '*' }]);

describe('invalid-action', () => {
  it('reports an action without a service prefix or with odd characters', () => {
    expect(findingsWithCode('invalid-action', withAction('GetObject'))[0]?.severity).toBe('error');
    expect(findingsWithCode('invalid-action', withAction('s3:Get Object'))).toHaveLength(1);
  });

  it('accepts actions with wildcards and "*"', () => {
    for (const action of ['*', 's3:GetObject', 's3:Get*', 'ec2:Describe?nstances', '*:Get*']) {
      expect(findingsWithCode('invalid-action', withAction(action))).toEqual([]);
    }
  });
});
