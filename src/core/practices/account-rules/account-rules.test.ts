import { describe, expect, it } from 'vitest';
import type { AccountRole } from '../../account/model.ts';
import { account, arn, group, role as roleTrusting, user } from '../../account/who-can-fixtures.ts';
import type { AccountRuleContext } from './account-rule.ts';
import { adminOutsideBreakGlass } from './admin-outside-break-glass.ts';
import { inlinePolicyReusable } from './inline-policy-reusable.ts';
import { noSupportRole } from './no-support-role.ts';
import { roleUnused } from './role-unused.ts';
import { userDirectPolicies } from './user-direct-policies.ts';

const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess';
const QUEUE =
  '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"sqs:*","Resource":"*"}}';

/** A role whose trust policy these rules do not read. */
const role = (name: string, fields: Partial<AccountRole> = {}) => roleTrusting(name, '{}', fields);

const context: AccountRuleContext = {
  now: Date.parse('2026-12-01T00:00:00Z'),
  thresholds: { roleUnusedDays: 90 },
  isBreakGlass: (name) => name === 'break-glass',
};

describe('account rules', () => {
  it('user-direct-policies names the policies the user has of its own, and its groups', () => {
    const found = userDirectPolicies.check(
      account({
        users: [
          user('bob', {
            groups: ['dev'],
            attached: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
            inline: [{ name: 'own', document: QUEUE }],
          }),
        ],
      }),
      context,
    );
    expect(found).toEqual([
      expect.objectContaining({
        message:
          'User bob has 2 policies of its own (1 attached, 1 inline) instead of getting its permissions through groups',
        evidence: {
          attachedPolicies: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
          inlinePolicies: ['own'],
          groups: ['dev'],
        },
      }),
    ]);
  });

  it('inline-policy-reusable names the managed policy with the same document, or the other copies', () => {
    const subject = account({
      roles: [
        role('a', { inline: [{ name: 'queue', document: QUEUE }] }),
        role('b', {
          inline: [{ name: 'q', document: JSON.stringify(JSON.parse(QUEUE), null, 2) }],
        }),
      ],
      groups: [group('ops', { inline: [{ name: 'admin', document: '{"Statement":[]}' }] })],
      policies: [
        {
          arn: arn('policy/Empty'),
          name: 'Empty',
          path: '/',
          document: '{ "Statement": [] }',
          isAwsManaged: false,
        },
      ],
    });
    expect(
      inlinePolicyReusable
        .check(subject, context)
        .map(({ message, evidence }) => ({ message, evidence })),
    ).toEqual([
      {
        message:
          'Inline policy admin of group ops is the same document as managed policy arn:aws:iam::111122223333:policy/Empty',
        evidence: {
          identityType: 'group',
          inlinePolicy: 'admin',
          sameManagedPolicy: arn('policy/Empty'),
        },
      },
      {
        message: 'Inline policy queue of role a is embedded in another identity too: role b (q)',
        evidence: { identityType: 'role', inlinePolicy: 'queue', sameInline: ['role b (q)'] },
      },
      {
        message: 'Inline policy q of role b is embedded in another identity too: role a (queue)',
        evidence: { identityType: 'role', inlinePolicy: 'q', sameInline: ['role a (queue)'] },
      },
    ]);
  });

  it('inline-policy-reusable leaves out a document that is not JSON', () => {
    const broken = { name: 'broken', document: '{"Statement": [' };
    const subject = account({
      roles: [role('a', { inline: [broken] }), role('b', { inline: [broken] })],
    });
    expect(inlinePolicyReusable.check(subject, context)).toEqual([]);
  });

  it('admin-outside-break-glass counts the members of a group with AdministratorAccess', () => {
    const subject = account({
      users: [
        user('ann', { groups: ['Admins'] }),
        user('ben', { groups: ['Admins', 'break-glass'] }),
      ],
      groups: [group('Admins', { attached: [ADMIN] }), group('break-glass', { attached: [ADMIN] })],
    });
    expect(adminOutsideBreakGlass.check(subject, context)).toEqual([
      expect.objectContaining({
        subject: arn('group/Admins'),
        message: `Group Admins, not a break-glass group, has ${ADMIN} attached (2 members)`,
        evidence: { identityType: 'group', policy: ADMIN, members: ['ann', 'ben'] },
      }),
    ]);
  });

  it('no-support-role names who has AWSSupportAccess when no role does, and judges no empty account', () => {
    const support = 'arn:aws:iam::aws:policy/AWSSupportAccess';
    const [found] = noSupportRole.check(
      account({ users: [user('helpdesk', { attached: [support] })] }),
      context,
    );
    expect(found).toMatchObject({
      subject: 'arn:aws:iam::111122223333:root',
      message:
        'No role of the account has AWSSupportAccess attached (helpdesk has it, but CIS asks for a role)',
      evidence: { withSupportAccess: [arn('user/helpdesk')] },
    });
    expect(noSupportRole.check(account({}), context)).toEqual([]);
  });
});

const unused = (...roles: AccountRole[]) => roleUnused.check(account({ roles }), context);

describe('role-unused', () => {
  it('says when the role was last used, and where', () => {
    const [finding] = unused(
      role('reports', {
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
    const [finding] = unused(role('legacy', { createDate: '2026-01-01T00:00:00Z' }));
    expect(finding?.message).toBe(
      'Role legacy has no recorded use (IAM keeps 400 days of it) and was created 334 days ago',
    );
    expect(finding?.evidence).toEqual({ lastUsedDate: 'none', createDate: '2026-01-01T00:00:00Z' });
  });

  it('tells to delete a service-linked role through its service', () => {
    const [finding] = unused(
      role('AWSServiceRoleForSupport', {
        path: '/aws-service-role/support.amazonaws.com/',
        createDate: '2020-01-01T00:00:00Z',
      }),
    );
    expect(finding?.remedy).toMatch(/^A service-linked role: .* through that service/);
  });

  it('reads a last use that is not a date as no use', () => {
    expect(unused(role('odd', { lastUsed: { lastUsedDate: 'yesterday' } }))).toEqual([]);
  });
});
