import { describe, expect, it } from 'vitest';
import { decideRequest, prepareScenario } from '../engine/evaluate.ts';
import { accountScenario } from './account-scenario.ts';
import { account, allow, arn, managed, role, trusting, user } from './who-can-fixtures.ts';

const READ = managed('Read', allow('s3:GetObject'));
const BOUNDARY = managed('OnlyS3', allow('s3:*'));

const ACCOUNT = account({
  users: [
    user('alice', {
      groups: ['Readers'],
      boundary: BOUNDARY.arn,
      inline: [{ name: 'Own', document: allow('ec2:*') }],
    }),
    user('bob', { groups: ['Readers'], inline: [{ name: 'Own', document: allow('ec2:*') }] }),
  ],
  groups: [
    { name: 'Readers', arn: arn('group/Readers'), path: '/', attached: [READ.arn], inline: [] },
    {
      name: 'Empty',
      arn: arn('group/Empty'),
      path: '/',
      attached: [READ.arn],
      inline: [{ name: 'X', document: allow('*') }],
    },
  ],
  roles: [role('Reader', trusting(arn('user/bob')), { attached: [READ.arn] })],
  policies: [READ, BOUNDARY, managed('Unused', allow('*'))],
});

describe('accountScenario', () => {
  const scenario = accountScenario(ACCOUNT);

  it("attaches a group's policies to its members, a role's to the role, boundaries and trust policies to theirs", () => {
    expect(scenario.policies.map(({ id, type, attachedTo }) => ({ id, type, attachedTo }))).toEqual(
      [
        {
          id: READ.arn,
          type: 'identity',
          attachedTo: [arn('user/alice'), arn('user/bob'), arn('role/Reader')],
        },
        { id: `${arn('user/alice')}#Own`, type: 'identity', attachedTo: [arn('user/alice')] },
        { id: `${arn('user/bob')}#Own`, type: 'identity', attachedTo: [arn('user/bob')] },
        {
          id: `${BOUNDARY.arn}#boundary`,
          type: 'permissions-boundary',
          attachedTo: [arn('user/alice')],
        },
        { id: `${arn('role/Reader')}#trust`, type: 'trust', attachedTo: [arn('role/Reader')] },
      ],
    );
  });

  it('is decided by the engine: a member is allowed through its group, a boundary caps a user', () => {
    const prepared = prepareScenario(scenario);
    const decide = (principal: string, action: string) =>
      decideRequest(prepared, { principal, action, resource: '*' }, 0).decision;
    expect(decide(arn('user/bob'), 's3:GetObject')).toBe('allowed');
    expect(decide(arn('user/bob'), 'ec2:RunInstances')).toBe('allowed');
    expect(decide(arn('user/alice'), 'ec2:RunInstances')).toBe('implicitDeny');
    expect(decide(arn('role/Reader'), 's3:GetObject')).toBe('allowed');
  });

  it('puts the extra policies last', () => {
    const scp = { id: 'scp', type: 'scp' as const, document: allow('*') };
    expect(accountScenario(ACCOUNT, [scp]).policies.at(-1)).toBe(scp);
  });
});
