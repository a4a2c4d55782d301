import { describe, expect, it } from 'vitest';
import { whoCan } from './who-can.ts';
import {
  ACCOUNT_ID,
  account,
  ALICE,
  allow,
  arn,
  managed,
  role,
  trusting,
  user,
} from './who-can-fixtures.ts';

const BUCKET_OBJECT = 'arn:aws:s3:::amzn-s3-demo-bucket/report.csv';
const READ = managed('ReadBucket', allow('s3:GetObject', 'arn:aws:s3:::amzn-s3-demo-bucket/*'));
const ROLE_A = arn('role/RoleA');
const ROLE_B = arn('role/RoleB');

const assumeOwn = (roleArn: string) => [
  { name: 'Assume', document: allow('sts:AssumeRole', roleArn) },
];

function answer(...args: Parameters<typeof whoCan>) {
  return whoCan(...args).results.map(({ principal, via }) => ({ principal, via }));
}

describe('whoCan', () => {
  it('finds a user allowed through a group it is in, with the deciding statement (IAM User Guide, "IAM user groups")', () => {
    const readers = {
      name: 'Readers',
      arn: arn('group/Readers'),
      path: '/',
      attached: [READ.arn],
      inline: [],
    };
    const result = whoCan(
      account({
        users: [user('alice', { groups: ['Readers'] }), user('bob')],
        groups: [readers],
        policies: [READ],
      }),
      's3:GetObject',
      BUCKET_OBJECT,
    );
    expect(result).toEqual({
      results: [
        {
          principal: ALICE,
          via: [],
          statements: [{ policyId: READ.arn, statementIndex: 0, effect: 'Allow' }],
          hops: [],
        },
      ],
      unreadable: [],
    });
  });

  it('finds a user allowed only through a role whose trust policy names it, with each hop', () => {
    const result = whoCan(
      account({
        users: [user('alice', { inline: assumeOwn(ROLE_A) })],
        roles: [role('RoleA', trusting(ALICE), { attached: [READ.arn] })],
        policies: [READ],
      }),
      's3:GetObject',
      BUCKET_OBJECT,
    );
    expect(result.results).toEqual([
      {
        principal: ALICE,
        via: [ROLE_A],
        statements: [{ policyId: READ.arn, statementIndex: 0, effect: 'Allow' }],
        hops: [
          {
            from: ALICE,
            to: ROLE_A,
            statements: [
              { policyId: `${ALICE}#Assume`, statementIndex: 0, effect: 'Allow' },
              { policyId: `${ROLE_A}#trust`, statementIndex: 0, effect: 'Allow' },
            ],
          },
        ],
      },
      {
        principal: ROLE_A,
        via: [],
        statements: [{ policyId: READ.arn, statementIndex: 0, effect: 'Allow' }],
        hops: [],
      },
    ]);
  });

  // A trust policy naming the account delegates to the account's identity-based policies (IAM User
  // Guide, "Cross account resource access in IAM"): the caller's own sts:AssumeRole decides.
  it('follows a trust policy naming the account root only for the callers whose policies allow sts:AssumeRole', () => {
    const trustsAccount = account({
      users: [user('alice', { inline: assumeOwn(ROLE_A) }), user('bob')],
      roles: [role('RoleA', trusting(`arn:aws:iam::${ACCOUNT_ID}:root`), { attached: [READ.arn] })],
      policies: [READ],
    });
    expect(answer(trustsAccount, 's3:GetObject', BUCKET_OBJECT)).toEqual([
      { principal: ALICE, via: [ROLE_A] },
      { principal: ROLE_A, via: [] },
    ]);
  });

  it('follows a chain of two roles, user -> RoleA -> RoleB, each hop allowed by the caller and the trust policy', () => {
    const chain = account({
      users: [user('alice', { inline: assumeOwn(ROLE_A) })],
      roles: [
        role('RoleA', trusting(ALICE), { inline: assumeOwn(ROLE_B) }),
        role('RoleB', trusting(ROLE_A), { attached: [READ.arn] }),
      ],
      policies: [READ],
    });
    const result = whoCan(chain, 's3:GetObject', BUCKET_OBJECT).results;
    expect(result.map(({ principal, via }) => ({ principal, via }))).toEqual([
      { principal: ALICE, via: [ROLE_A, ROLE_B] },
      { principal: ROLE_A, via: [ROLE_B] },
      { principal: ROLE_B, via: [] },
    ]);
    expect(result[0]?.hops.map(({ from, to }) => [from, to])).toEqual([
      [ALICE, ROLE_A],
      [ROLE_A, ROLE_B],
    ]);
    expect(result[0]?.hops[1]?.statements.map((statement) => statement.policyId)).toEqual([
      `${ROLE_A}#Assume`,
      `${ROLE_B}#trust`,
    ]);
  });

  it("breaks the chain where RoleB's trust policy does not name RoleA, though RoleA may call sts:AssumeRole", () => {
    const broken = account({
      users: [user('alice', { inline: assumeOwn(ROLE_A) })],
      roles: [
        role('RoleA', trusting(ALICE), { inline: assumeOwn(ROLE_B) }),
        role('RoleB', trusting(arn('role/Other')), { attached: [READ.arn] }),
      ],
      policies: [READ],
    });
    expect(answer(broken, 's3:GetObject', BUCKET_OBJECT)).toEqual([{ principal: ROLE_B, via: [] }]);
  });

  it('ends on a cycle of roles that trust each other, and finds the way out of it', () => {
    const ROLE_C = arn('role/RoleC');
    const cycle = (exit: boolean) =>
      account({
        users: [user('alice', { inline: assumeOwn(ROLE_A) })],
        roles: [
          role('RoleA', trusting(ALICE, ROLE_B), { inline: assumeOwn(ROLE_B) }),
          role('RoleB', trusting(ROLE_A), { inline: assumeOwn('*') }),
          role('RoleC', trusting(exit ? ROLE_B : arn('role/Other')), { attached: [READ.arn] }),
        ],
        policies: [READ],
      });
    expect(answer(cycle(true), 's3:GetObject', BUCKET_OBJECT)).toEqual([
      { principal: ALICE, via: [ROLE_A, ROLE_B, ROLE_C] },
      { principal: ROLE_A, via: [ROLE_B, ROLE_C] },
      { principal: ROLE_B, via: [ROLE_C] },
      { principal: ROLE_C, via: [] },
    ]);
    expect(answer(cycle(false), 's3:GetObject', BUCKET_OBJECT)).toEqual([
      { principal: ROLE_C, via: [] },
    ]);
  });

  // Permissions boundaries (IAM User Guide): a user named in a trust policy still needs a boundary
  // that allows sts:AssumeRole.
  it("stops a chain at a user's permissions boundary that leaves out sts:AssumeRole", () => {
    const bounded = (boundary?: string) =>
      account({
        users: [user('alice', { inline: assumeOwn(ROLE_A), ...(boundary && { boundary }) })],
        roles: [role('RoleA', trusting(ALICE), { attached: [READ.arn] })],
        policies: [READ, managed('OnlyS3', allow('s3:*'))],
      });
    expect(answer(bounded(), 's3:GetObject', BUCKET_OBJECT)[0]).toEqual({
      principal: ALICE,
      via: [ROLE_A],
    });
    expect(answer(bounded(arn('policy/OnlyS3')), 's3:GetObject', BUCKET_OBJECT)).toEqual([
      { principal: ROLE_A, via: [] },
    ]);
  });

  it('applies an SCP given beside the account to every hop and to the action', () => {
    const chain = account({
      users: [user('alice', { inline: assumeOwn(ROLE_A) })],
      roles: [role('RoleA', trusting(ALICE), { attached: [READ.arn] })],
      policies: [READ],
    });
    const denyAssume = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: '*', Resource: '*' },
        { Effect: 'Deny', Action: 'sts:AssumeRole', Resource: '*' },
      ],
    });
    const extraPolicies = [{ id: 'scp', type: 'scp' as const, document: denyAssume }];
    expect(answer(chain, 's3:GetObject', BUCKET_OBJECT, { extraPolicies })).toEqual([
      { principal: ROLE_A, via: [] },
    ]);
  });

  it('asks about every resource ("*") when none is given', () => {
    const everywhere = managed('ReadAll', allow('s3:GetObject'));
    const accountOf = account({
      users: [user('alice', { attached: [READ.arn] }), user('bob', { attached: [everywhere.arn] })],
      policies: [READ, everywhere],
    });
    expect(answer(accountOf, 's3:GetObject')).toEqual([{ principal: arn('user/bob'), via: [] }]);
  });

  it('names the policies it could not read, whose requests are denied', () => {
    const broken = account({
      users: [user('alice', { inline: [{ name: 'Cut', document: '{"Statement": [' }] })],
    });
    expect(whoCan(broken, 's3:GetObject').unreadable).toEqual([
      { policyId: `${ALICE}#Cut`, message: expect.any(String) },
    ]);
  });
});
