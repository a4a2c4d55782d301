import { describe, expect, it } from 'vitest';
import type { Account } from '../../../core/index.ts';
import { identityEntries, searchIdentities } from './identity-list.ts';

const ACCOUNT: Account = {
  id: '123456789012',
  users: [
    {
      name: 'alice',
      arn: 'arn:aws:iam::123456789012:user/staff/alice',
      path: '/staff/',
      groups: [],
      attached: [],
      inline: [],
      tags: {},
    },
  ],
  groups: [
    {
      name: 'Admins',
      arn: 'arn:aws:iam::123456789012:group/Admins',
      path: '/',
      attached: [],
      inline: [],
    },
  ],
  roles: [],
  policies: [],
};

describe('identity list', () => {
  it('lists users, groups and the root user when the account id is known', () => {
    expect(identityEntries(ACCOUNT).map(({ kind, name }) => `${kind} ${name}`)).toEqual([
      'user alice',
      'group Admins',
      'root Root user',
    ]);
    expect(
      identityEntries({ ...ACCOUNT, id: undefined as never }).map(({ kind }) => kind),
    ).not.toContain('root');
  });

  it('finds by every word of the query in the name or the ARN, ignoring case', () => {
    const entries = identityEntries(ACCOUNT);
    expect(searchIdentities(entries, 'STAFF ali').map(({ name }) => name)).toEqual(['alice']);
    expect(searchIdentities(entries, 'group/adm').map(({ name }) => name)).toEqual(['Admins']);
    expect(searchIdentities(entries, '  ')).toHaveLength(3);
  });
});
