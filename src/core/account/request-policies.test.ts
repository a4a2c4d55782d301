import { describe, expect, it } from 'vitest';
import { parseRequestPrincipal } from '../principal/request-principal.ts';
import type { Account } from './model.ts';
import { accountRequestPrincipal } from './request-policies.ts';

const ROLE = 'arn:aws:iam::111122223333:role/service/deploy';
const account: Account = {
  id: '111122223333',
  users: [
    {
      name: 'alice',
      arn: 'arn:aws:iam::111122223333:user/staff/alice',
      id: 'AIDAALICE',
      path: '/staff/',
      groups: [],
      attached: [],
      inline: [],
      tags: { Team: 'data' },
    },
  ],
  groups: [],
  roles: [
    {
      name: 'deploy',
      arn: ROLE,
      id: 'AROADEPLOY',
      path: '/service/',
      trust: '{}',
      attached: [],
      inline: [{ name: 'ship', document: '{}' }],
      tags: {},
      instanceProfiles: [],
    },
  ],
  policies: [],
};

const of = (principal: string) =>
  accountRequestPrincipal(account, parseRequestPrincipal(principal));

describe('accountRequestPrincipal', () => {
  it('finds a user by its ARN with its path, and no user under another path', () => {
    expect(of('arn:aws:iam::111122223333:user/staff/alice')?.keys).toEqual(
      new Map([
        ['aws:principalaccount', ['111122223333']],
        ['aws:username', ['alice']],
        ['aws:userid', ['AIDAALICE']],
        ['aws:principaltag/team', ['data']],
      ]),
    );
    expect(of('arn:aws:iam::111122223333:user/alice')).toBeUndefined();
  });

  it("finds a role's session by account and role name (a session ARN has no path)", () => {
    const session = of('arn:aws:sts::111122223333:assumed-role/deploy/build-42');
    expect(session?.policies.map((policy) => policy.label)).toEqual([
      'ship (inline in role deploy)',
    ]);
    expect(session?.keys.get('aws:userid')).toEqual(['AROADEPLOY:build-42']);
    expect(of('arn:aws:sts::444455556666:assumed-role/deploy/build-42')).toBeUndefined();
  });

  it('gives a role named by its ARN no aws:userid: its session name is not known', () => {
    expect(of(ROLE)?.keys.has('aws:userid')).toBe(false);
    expect(of(ROLE)?.policies).toHaveLength(1);
  });
});
