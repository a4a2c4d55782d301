import { describe, expect, it } from 'vitest';
import type { Account } from '../core/index.ts';
import { workspacePolicies } from './account-fixtures.ts';
import { accountChanges } from './account-changes.ts';

const ROLE = 'arn:aws:iam::111122223333:role/deploy';
const MANAGED = 'arn:aws:iam::111122223333:policy/deploy';
const doc = (action: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }],
  });

const account: Account = {
  id: '111122223333',
  users: [],
  groups: [],
  roles: [
    {
      name: 'deploy',
      arn: ROLE,
      path: '/',
      trust: doc('sts:AssumeRole'),
      attached: [MANAGED],
      inline: [{ name: 'Logs', document: doc('logs:PutLogEvents') }],
      tags: {},
      instanceProfiles: [],
    },
  ],
  policies: [
    { arn: MANAGED, name: 'deploy', path: '/', document: doc('s3:GetObject'), isAwsManaged: false },
  ],
};

describe('what the workspace changed in its account', () => {
  it('is nothing for the account as opened', () => {
    expect(accountChanges(account, workspacePolicies(account))).toEqual([]);
  });

  it('is each account policy whose text or holders changed, and each policy added', () => {
    const added = { id: 'scp', type: 'scp' as const, document: doc('*') };
    const policies = workspacePolicies(account).map((policy) =>
      policy.id === 'deploy/Logs'
        ? { ...policy, document: doc('logs:*') }
        : policy.id === 'deploy'
          ? { ...policy, attachedTo: [] }
          : policy,
    );
    expect(accountChanges(account, [...policies, added]).map((policy) => policy.id)).toEqual([
      'deploy',
      'deploy/Logs',
      'scp',
    ]);
  });
});
