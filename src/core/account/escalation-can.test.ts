import { describe, expect, it } from 'vitest';
import { escalationAsker } from './escalation-can.ts';
import { accountEscalations, analyseEscalations } from './escalations.ts';
import type { Account } from './model.ts';
import {
  account,
  ACCOUNT_ID,
  ALICE,
  allow,
  arn,
  BOB,
  document,
  managed,
  role,
  trusting,
  user,
} from './who-can-fixtures.ts';

const ADMIN_DOCUMENT = allow('*');
const ADMIN = managed('Admin', ADMIN_DOCUMENT);

const inline = (text: string) => [{ name: 'own', document: text }];
const LAMBDA_TRUST = document({
  Effect: 'Allow',
  Principal: { Service: 'lambda.amazonaws.com' },
  Action: 'sts:AssumeRole',
});

/** Each path as principal, path id and target, the way a reader scans the report. */
function found(accountOf: Account, options: Parameters<typeof accountEscalations>[1] = {}) {
  return accountEscalations(accountOf, options).paths.map(({ principal, pathId, target }) =>
    target === undefined ? { principal, pathId } : { principal, pathId, target },
  );
}

describe('escalation paths of an imported account, decided by the engine', () => {
  // IAM API Reference, CreatePolicyVersion: "Creates a new version of the specified managed
  // policy" and SetAsDefault makes it "the operative version".
  it('iam-001: a user with iam:CreatePolicyVersion on a policy attached to itself', () => {
    const own = managed('Own', allow('iam:CreatePolicyVersion', arn('policy/Own')));
    const report = accountEscalations(
      account({ users: [user('alice', { attached: [own.arn] })], policies: [own] }),
    );
    expect(report.paths).toEqual([
      {
        principal: ALICE,
        pathId: 'iam-001',
        target: own.arn,
        steps: [
          {
            action: 'iam:CreatePolicyVersion',
            resource: own.arn,
            allowed: true,
            statements: [{ policyId: own.arn, statementIndex: 0, effect: 'Allow' }],
          },
        ],
      },
    ]);
  });

  // "Grant a user permissions to pass a role to an AWS service" (id_roles_use_passrole.html): the
  // role must trust the service, and iam:PassRole is asked with iam:PassedToService.
  describe('lambda-001: iam:PassRole of a role trusting lambda.amazonaws.com + CreateFunction + InvokeFunction', () => {
    const passer = document(
      {
        Effect: 'Allow',
        Action: 'iam:PassRole',
        Resource: arn('role/Worker'),
        Condition: { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } },
      },
      {
        Effect: 'Allow',
        Action: ['lambda:CreateFunction', 'lambda:InvokeFunction'],
        Resource: '*',
      },
    );
    const withBoundary = (boundary?: string, scp?: string) => {
      const accountOf = account({
        users: [user('alice', { inline: inline(passer), ...(boundary && { boundary }) })],
        roles: [role('Worker', LAMBDA_TRUST, { attached: [ADMIN.arn] })],
        policies: [ADMIN, managed('OnlyLambda', allow('lambda:*'))],
      });
      const extraPolicies = scp ? [{ id: 'scp', type: 'scp' as const, document: scp }] : [];
      return accountEscalations(accountOf, { extraPolicies });
    };

    it('names the role that could be passed and that it is admin-equivalent', () => {
      const report = withBoundary();
      const [path] = report.paths;
      expect(path).toMatchObject({
        principal: ALICE,
        pathId: 'lambda-001',
        target: arn('role/Worker'),
        targetPower: { admin: true },
      });
      expect(
        path?.steps.map(({ action, resource, context }) => ({ action, resource, context })),
      ).toEqual([
        {
          action: 'iam:PassRole',
          resource: arn('role/Worker'),
          context: { 'iam:PassedToService': 'lambda.amazonaws.com' },
        },
        { action: 'lambda:CreateFunction', resource: '*', context: undefined },
        { action: 'lambda:InvokeFunction', resource: '*', context: undefined },
      ]);
      expect(report.admins).toEqual([arn('role/Worker')]);
    });

    // Permissions boundaries for IAM entities: the boundary must also allow the action.
    it('is stopped by a permissions boundary that leaves out iam:PassRole', () => {
      expect(withBoundary(arn('policy/OnlyLambda')).paths).toEqual([]);
    });

    // Service control policies: "SCPs affect all users and roles in attached accounts".
    it('is stopped by an SCP that denies iam:PassRole', () => {
      const scp = document(
        { Effect: 'Allow', Action: '*', Resource: '*' },
        { Effect: 'Deny', Action: 'iam:PassRole', Resource: '*' },
      );
      expect(withBoundary(undefined, scp).paths).toEqual([]);
    });
  });

  // Lambda's actions, resources and condition keys: lambda:CreateFunction is authorized on the
  // function's ARN, so a policy may limit it to functions named app-*; the function the principal
  // creates is one of those.
  it('lambda-001 when CreateFunction and InvokeFunction are allowed only on functions named app-*', () => {
    const named = document(
      { Effect: 'Allow', Action: 'iam:PassRole', Resource: arn('role/Worker') },
      {
        Effect: 'Allow',
        Action: ['lambda:CreateFunction', 'lambda:InvokeFunction'],
        Resource: `arn:aws:lambda:*:${ACCOUNT_ID}:function:app-*`,
      },
      { Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::reports' },
    );
    const report = accountEscalations(
      account({
        users: [user('alice', { inline: inline(named) })],
        roles: [role('Worker', LAMBDA_TRUST)],
      }),
    );
    expect(report.paths.map((path) => path.steps.map((step) => step.resource))).toEqual([
      [
        arn('role/Worker'),
        `arn:aws:lambda:escalation:${ACCOUNT_ID}:function:app-escalation`,
        `arn:aws:lambda:escalation:${ACCOUNT_ID}:function:app-escalation`,
      ],
    ]);
    expect(report.admins).toEqual([]);
  });

  // "To assume a role ... the role's trust policy must allow it" (id_roles_manage-assume.html).
  it('sts-001 needs a trust policy that lets the caller in, beside its own sts:AssumeRole', () => {
    const accountOf = account({
      users: [user('alice', { inline: inline(allow('sts:AssumeRole')) })],
      roles: [role('ForAlice', trusting(ALICE)), role('ForCarol', trusting(arn('user/carol')))],
    });
    expect(found(accountOf)).toEqual([
      { principal: ALICE, pathId: 'sts-001', target: arn('role/ForAlice') },
    ]);
  });

  // Resource control policies (AWS Organizations User Guide, orgs_manage_policies_rcps.html) apply
  // to AWS STS among a few services, so one that denies sts:AssumeRole stops sts-001.
  it('sts-001 is stopped by an RCP denying sts:AssumeRole', () => {
    const accountOf = account({
      users: [user('alice', { inline: inline(allow('sts:AssumeRole')) })],
      roles: [role('ForAlice', trusting(ALICE))],
    });
    const rcp = document(
      { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' },
      { Effect: 'Deny', Principal: '*', Action: 'sts:AssumeRole', Resource: '*' },
    );
    expect(found(accountOf)).toHaveLength(1);
    expect(
      found(accountOf, { extraPolicies: [{ id: 'rcp', type: 'rcp', document: rcp }] }),
    ).toEqual([]);
  });

  // Within one account a role trust policy naming the user grants sts:AssumeRole by itself
  // (reference_policies_evaluation-logic_policy-eval-basics: resource-based policies).
  it('sts-001 through a trust policy naming the user, with no identity policy of its own', () => {
    const accountOf = account({ users: [user('bob')], roles: [role('ForBob', trusting(BOB))] });
    expect(found(accountOf)).toEqual([
      { principal: BOB, pathId: 'sts-001', target: arn('role/ForBob') },
    ]);
  });

  it("a trust policy naming the account delegates to the caller's identity policies", () => {
    const accountOf = account({
      users: [
        user('alice', { inline: inline(allow('sts:AssumeRole', arn('role/Shared'))) }),
        user('bob'),
      ],
      roles: [role('Shared', trusting(ACCOUNT_ID))],
    });
    expect(found(accountOf)).toEqual([
      { principal: ALICE, pathId: 'sts-001', target: arn('role/Shared') },
    ]);
  });

  // A trust policy naming a role ARN lets that role's sessions in ("AWS JSON policy elements:
  // Principal", IAM role principals).
  it('sts-001 from a role whose ARN the other role trusts, asked as a session of it', () => {
    const accountOf = account({
      roles: [role('Caller', LAMBDA_TRUST), role('Next', trusting(arn('role/Caller')))],
    });
    expect(found(accountOf)).toEqual([
      { principal: arn('role/Caller'), pathId: 'sts-001', target: arn('role/Next') },
    ]);
  });

  it('an admin-equivalent role is listed in admins and no path of its own is sought', () => {
    const accountOf = account({
      roles: [role('Admin', trusting(BOB), { attached: [ADMIN.arn] })],
      users: [user('bob')],
      policies: [ADMIN],
    });
    const report = accountEscalations(accountOf);
    expect(report.admins).toEqual([arn('role/Admin')]);
    expect(found(accountOf)).toEqual([
      { principal: BOB, pathId: 'sts-001', target: arn('role/Admin') },
    ]);
    expect(report.paths[0]?.targetPower).toEqual({ admin: true });
  });

  // AddUserToGroup: "Adds the specified user to the specified group"; a member gets the group's
  // policies (IAM user groups).
  it("iam-013 names each group the user could join, with the group's power", () => {
    const accountOf = account({
      users: [user('alice', { inline: inline(allow('iam:AddUserToGroup', arn('group/*'))) })],
      groups: [
        { name: 'Admins', arn: arn('group/Admins'), path: '/', attached: [ADMIN.arn], inline: [] },
        { name: 'Readers', arn: arn('group/Readers'), path: '/', attached: [], inline: [] },
      ],
      policies: [ADMIN],
    });
    const report = accountEscalations(accountOf);
    expect(report.paths.map(({ target, targetPower }) => ({ target, targetPower }))).toEqual([
      { target: arn('group/Admins'), targetPower: { admin: true } },
      { target: arn('group/Readers'), targetPower: { admin: false } },
    ]);
    expect(report.admins).toEqual([]);
  });

  it('a role asks as a session of itself: iam-009 on its own role', () => {
    const accountOf = account({
      roles: [
        role('Builder', LAMBDA_TRUST, {
          inline: inline(allow('iam:AttachRolePolicy', arn('role/Builder'))),
        }),
      ],
    });
    expect(found(accountOf)).toEqual([{ principal: arn('role/Builder'), pathId: 'iam-009' }]);
  });

  // "IAM policy elements: Variables and tags": ${aws:username} is the user's friendly name.
  it("gives the account's keys of the principal: iam-007 on user/${aws:username}", () => {
    const own = document({
      Effect: 'Allow',
      Action: 'iam:PutUserPolicy',
      Resource: `arn:aws:iam::${ACCOUNT_ID}:user/\${aws:username}`,
    });
    const accountOf = account({ users: [user('alice', { inline: inline(own) }), user('bob')] });
    expect(found(accountOf)).toEqual([{ principal: ALICE, pathId: 'iam-007' }]);
  });

  it('PowerUserAccess (everything but IAM) and every action on S3 only are not admin-equivalent; a boundary holds an admin back', () => {
    const powerUser = managed(
      'PowerUser',
      document({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' }),
    );
    const accountOf = account({
      users: [
        user('power', { attached: [powerUser.arn] }),
        user('bounded', { attached: [ADMIN.arn], boundary: powerUser.arn }),
        user('root-like', { attached: [ADMIN.arn] }),
        user('all-of-s3', { inline: inline(allow('*', 'arn:aws:s3:::*')) }),
      ],
      policies: [ADMIN, powerUser],
    });
    expect(accountEscalations(accountOf).admins).toEqual([arn('user/root-like')]);
  });

  it('names the policies it could not read, whose requests are denied', () => {
    const broken = account({
      users: [user('alice', { inline: [{ name: 'Cut', document: '{"Statement": [' }] })],
    });
    expect(accountEscalations(broken).unreadable).toEqual([
      { policyId: `${ALICE}#Cut`, message: expect.any(String) },
    ]);
  });

  it('yields its progress after each principal', () => {
    const accountOf = account({
      users: [user('alice'), user('bob')],
      roles: [role('R', LAMBDA_TRUST)],
    });
    const run = analyseEscalations(accountOf);
    const progress = [];
    for (let step = run.next(); !step.done; step = run.next()) progress.push(step.value);
    expect(progress).toEqual([
      { done: 1, total: 3 },
      { done: 2, total: 3 },
      { done: 3, total: 3 },
    ]);
  });

  it('mayAllow says whether any Allow statement that could apply names the action', () => {
    const asker = escalationAsker(
      account({ users: [user('alice', { inline: inline(allow('iam:Create*')) })] }),
    );
    expect(asker.mayAllow(ALICE, 'iam:CreateAccessKey')).toBe(true);
    expect(asker.mayAllow(ALICE, 'iam:AttachUserPolicy')).toBe(false);
  });
});
