import { describe, expect, it } from 'vitest';
import { accountPolicies, type Account } from '../core/index.ts';
import { accountChanges, withEdits } from './account-changes.ts';

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

/** The workspace ids the app gives the account's policies: here their names. */
const workspaceIds = new Map(accountPolicies(account).map((policy) => [policy.id, policy.name]));
const workspace = () =>
  accountPolicies(account).map(({ name, type, document, attachedTo }) => ({
    id: name,
    type,
    document,
    attachedTo,
  }));

describe('what the workspace changed in its account', () => {
  it('is nothing for the account as opened', () => {
    expect(accountChanges(account, workspaceIds, workspace())).toEqual({
      edited: {},
      extraPolicies: [],
    });
  });

  it('is the new text of each policy edited, by account id, and each policy added', () => {
    const added = { id: 'scp', type: 'scp' as const, document: doc('*') };
    const policies = workspace().map((policy) =>
      policy.id === 'deploy/Logs' ? { ...policy, document: doc('logs:*') } : policy,
    );
    expect(accountChanges(account, workspaceIds, [...policies, added])).toEqual({
      edited: { [`${ROLE}#Logs`]: doc('logs:*') },
      extraPolicies: [added],
    });
  });

  it('puts the edited texts in a copy of the account: managed, inline and trust policies', () => {
    const edited = withEdits(account, {
      [MANAGED]: doc('s3:*'),
      [`${ROLE}#Logs`]: doc('logs:*'),
      [`${ROLE}#trust`]: doc('sts:TagSession'),
    });
    expect(edited.policies[0]?.document).toBe(doc('s3:*'));
    expect(edited.roles[0]?.inline[0]?.document).toBe(doc('logs:*'));
    expect(edited.roles[0]?.trust).toBe(doc('sts:TagSession'));
    expect(account.roles[0]?.trust).toBe(doc('sts:AssumeRole'));
    expect(withEdits(account, {})).toBe(account);
  });
});
