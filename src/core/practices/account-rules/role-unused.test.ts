import { describe, expect, it } from 'vitest';
import type { Account, AccountRole } from '../../account/model.ts';
import { roleUnused } from './role-unused.ts';

const NOW = Date.parse('2026-12-01T00:00:00Z');

function role(name: string, path: string, fields: Partial<AccountRole>): AccountRole {
  return {
    name,
    arn: `arn:aws:iam::123456789012:role${path}${name}`,
    path,
    trust: '{}',
    attached: [],
    inline: [],
    tags: {},
    instanceProfiles: [],
    ...fields,
  };
}

function check(...roles: AccountRole[]) {
  const account: Account = { users: [], groups: [], roles, policies: [] };
  return roleUnused.check(account, {
    now: NOW,
    thresholds: { roleUnusedDays: 90 },
    isBreakGlass: () => false,
  });
}

describe('role-unused', () => {
  it('says when the role was last used, and where', () => {
    const [finding] = check(
      role('reports', '/', {
        lastUsed: { lastUsedDate: '2026-08-01T00:00:00Z', region: 'eu-west-1' },
      }),
    );
    expect(finding).toMatchObject({
      message: 'Role reports was last used 122 days ago (in eu-west-1), 90 days or more',
      evidence: {
        lastUsedDate: '2026-08-01T00:00:00Z',
        region: 'eu-west-1',
        createDate: 'unknown',
      },
      remedy: expect.stringMatching(/^Check in CloudTrail/),
    });
  });

  it('dates a role never used from its creation', () => {
    const [finding] = check(role('legacy', '/', { createDate: '2026-01-01T00:00:00Z' }));
    expect(finding?.message).toBe(
      'Role legacy has no recorded use (IAM keeps 400 days of it) and was created 334 days ago',
    );
    expect(finding?.evidence).toEqual({ lastUsedDate: 'none', createDate: '2026-01-01T00:00:00Z' });
  });

  it('tells to delete a service-linked role through its service', () => {
    const [finding] = check(
      role('AWSServiceRoleForSupport', '/aws-service-role/support.amazonaws.com/', {
        createDate: '2020-01-01T00:00:00Z',
      }),
    );
    expect(finding?.remedy).toMatch(/^A service-linked role: .* through that service/);
  });

  it('reads a last use that is not a date as no use', () => {
    expect(check(role('odd', '/', { lastUsed: { lastUsedDate: 'yesterday' } }))).toEqual([]);
  });
});
