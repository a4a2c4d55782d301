import { describe, expect, it } from 'vitest';
import { allow, policy } from '../engine/test-scenarios.ts';
import type { EscalationRole, EscalationUser, Can, EscalationAccount } from './account-view.ts';
import { findEscalations, type EscalationReport } from './find-escalations.ts';
import { TEST_CATALOGUE } from './test-catalogue.ts';
import { evaluatorCan } from './test-can.ts';

const ACCOUNT = '111122223333';
const ALICE = `arn:aws:iam::${ACCOUNT}:user/alice`;
const BOB = `arn:aws:iam::${ACCOUNT}:user/bob`;
const DEV_TOOLS = `arn:aws:iam::${ACCOUNT}:policy/DevTools`;
const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
const LAMBDA_ADMIN = `arn:aws:iam::${ACCOUNT}:role/LambdaAdmin`;
const EC2_ADMIN = `arn:aws:iam::${ACCOUNT}:role/Ec2Admin`;
const ADMIN = `arn:aws:iam::${ACCOUNT}:role/Admin`;
const BUILDER = `arn:aws:iam::${ACCOUNT}:role/ci/Builder`;
const ADMIN_TOOLS = `arn:aws:iam::${ACCOUNT}:policy/AdminTools`;
const DEVS = `arn:aws:iam::${ACCOUNT}:group/Devs`;
const ADMINS = `arn:aws:iam::${ACCOUNT}:group/Admins`;
const SSO_ADMIN = `arn:aws:iam::${ACCOUNT}:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_Admin_0123456789abcdef`;

function user(arn: string, managedPolicies: string[] = []): EscalationUser<string> {
  return { arn, groups: [], managedPolicies, power: arn === BOB ? 'admin' : 'developer' };
}

function role(arn: string, trustedServices: string[] = []): EscalationRole<string> {
  return { arn, trustedServices, managedPolicies: [], power: 'admin' };
}

function account(
  alicePolicies: string[] = [],
  roles: EscalationRole<string>[] = [],
): EscalationAccount<string> {
  return { users: [user(ALICE, alicePolicies), user(BOB)], groups: [], roles };
}

/** Alice's identity policy, attached to her only. */
function alices(...statements: Record<string, unknown>[]) {
  return [policy('alice', 'identity', statements, { attachedTo: [ALICE] })];
}

/** A step that the first statement of the policy `policyId` allows. */
function allowedStep(action: string, resource: string, policyId = 'alice') {
  return { action, resource, allowed: true, statements: [`${policyId}#0`] };
}

function pathsOf(report: EscalationReport, pathId: string) {
  return report.paths.filter((path) => path.principal === ALICE && path.pathId === pathId);
}

function escalations(escalationAccount: EscalationAccount<string>, can: Can<string>) {
  return findEscalations(escalationAccount, can, TEST_CATALOGUE);
}

describe('findEscalations over the pathfinding.cloud catalogue', () => {
  it('iam-001 iam:CreatePolicyVersion on a customer managed policy attached to the principal', () => {
    const report = escalations(
      account([DEV_TOOLS]),
      evaluatorCan(alices(allow('iam:CreatePolicyVersion', DEV_TOOLS))),
    );
    expect(pathsOf(report, 'iam-001')).toEqual([
      {
        principal: ALICE,
        pathId: 'iam-001',
        target: DEV_TOOLS,
        steps: [allowedStep('iam:CreatePolicyVersion', DEV_TOOLS)],
      },
    ]);
  });

  it('iam-001 is no path through an AWS managed policy: "You cannot change the permissions defined in AWS managed policies" (access_policies_managed-vs-inline.html)', () => {
    const report = escalations(
      account([READ_ONLY]),
      evaluatorCan(alices(allow('iam:CreatePolicyVersion'))),
    );
    expect(pathsOf(report, 'iam-001')).toEqual([]);
  });

  it('iam-001: a request AWS refuses is not even asked of the caller, whose evaluator may not know the rule', () => {
    const asked: string[] = [];
    const allowsEverything: Can<string> = (_principal, action, resource) => {
      asked.push(`${action} ${resource}`);
      return { allowed: true, statements: [] };
    };
    const report = escalations(account([READ_ONLY]), allowsEverything);
    expect(pathsOf(report, 'iam-001')).toEqual([]);
    expect(asked).not.toContain(`iam:CreatePolicyVersion ${READ_ONLY}`);
  });

  it('iam-008 iam:AttachUserPolicy on the principal itself', () => {
    const report = escalations(
      account(),
      evaluatorCan(alices(allow('iam:AttachUserPolicy', ALICE))),
    );
    expect(pathsOf(report, 'iam-008')).toEqual([
      {
        principal: ALICE,
        pathId: 'iam-008',
        steps: [allowedStep('iam:AttachUserPolicy', ALICE)],
      },
    ]);
  });

  it('iam-008 needs the permission on the principal itself: on another user alone it is no path', () => {
    const report = escalations(account(), evaluatorCan(alices(allow('iam:AttachUserPolicy', BOB))));
    expect(pathsOf(report, 'iam-008')).toEqual([]);
    // iam-015 would also need iam:CreateAccessKey on bob.
    expect(pathsOf(report, 'iam-015')).toEqual([]);
  });

  describe('lambda-001 iam:PassRole + lambda:CreateFunction + lambda:InvokeFunction', () => {
    const lambdaStatements = [allow('lambda:CreateFunction'), allow('lambda:InvokeFunction')];
    // iam:PassedToService limits the service a role is passed to (id_roles_use_passrole.html).
    const passTo = (roleArn: string, service: string) =>
      allow('iam:PassRole', roleArn, {
        Condition: { StringEquals: { 'iam:PassedToService': service } },
      });

    it('names the role whose trust policy allows lambda.amazonaws.com, and its power', () => {
      const report = escalations(
        account(
          [],
          [role(LAMBDA_ADMIN, ['lambda.amazonaws.com']), role(EC2_ADMIN, ['ec2.amazonaws.com'])],
        ),
        evaluatorCan(alices(allow('iam:PassRole'), ...lambdaStatements)),
      );
      const paths = pathsOf(report, 'lambda-001');
      expect(paths.map((path) => [path.target, path.targetPower])).toEqual([
        [LAMBDA_ADMIN, 'admin'],
      ]);
      expect(paths[0]?.steps).toEqual([
        {
          action: 'iam:PassRole',
          resource: LAMBDA_ADMIN,
          context: { 'iam:PassedToService': 'lambda.amazonaws.com' },
          allowed: true,
          statements: ['alice#0'],
        },
        { action: 'lambda:CreateFunction', resource: '*', allowed: true, statements: ['alice#1'] },
        { action: 'lambda:InvokeFunction', resource: '*', allowed: true, statements: ['alice#2'] },
      ]);
    });

    it('is asked with iam:PassedToService, so a PassRole limited to Lambda still counts', () => {
      const report = escalations(
        account([], [role(LAMBDA_ADMIN, ['lambda.amazonaws.com'])]),
        evaluatorCan(alices(passTo(LAMBDA_ADMIN, 'lambda.amazonaws.com'), ...lambdaStatements)),
      );
      expect(pathsOf(report, 'lambda-001').map((path) => path.target)).toEqual([LAMBDA_ADMIN]);
    });

    it('is no path when PassRole names only a role whose trust does not allow Lambda', () => {
      const report = escalations(
        account(
          [],
          [role(LAMBDA_ADMIN, ['lambda.amazonaws.com']), role(EC2_ADMIN, ['ec2.amazonaws.com'])],
        ),
        evaluatorCan(alices(allow('iam:PassRole', EC2_ADMIN), ...lambdaStatements)),
      );
      expect(pathsOf(report, 'lambda-001')).toEqual([]);
    });

    it('is no path when PassRole is limited to another service', () => {
      const report = escalations(
        account([], [role(LAMBDA_ADMIN, ['lambda.amazonaws.com'])]),
        evaluatorCan(alices(passTo(LAMBDA_ADMIN, 'ec2.amazonaws.com'), ...lambdaStatements)),
      );
      expect(pathsOf(report, 'lambda-001')).toEqual([]);
    });
  });

  it('iam-012 iam:UpdateAssumeRolePolicy on another role', () => {
    const report = escalations(
      account([], [role(ADMIN)]),
      evaluatorCan(alices(allow('iam:UpdateAssumeRolePolicy', ADMIN))),
    );
    expect(pathsOf(report, 'iam-012')).toEqual([
      {
        principal: ALICE,
        pathId: 'iam-012',
        target: ADMIN,
        targetPower: 'admin',
        steps: [allowedStep('iam:UpdateAssumeRolePolicy', ADMIN)],
      },
    ]);
  });

  it('iam-012 is no path to an AWSReservedSSO_ role, which only IAM Identity Center changes (singlesignon troubleshooting.html)', () => {
    const report = escalations(
      account([], [role(SSO_ADMIN)]),
      evaluatorCan(alices(allow('iam:UpdateAssumeRolePolicy'))),
    );
    expect(pathsOf(report, 'iam-012')).toEqual([]);
  });

  it('iam-002 iam:CreateAccessKey on another user names that user and its power', () => {
    const report = escalations(account(), evaluatorCan(alices(allow('iam:CreateAccessKey', BOB))));
    expect(pathsOf(report, 'iam-002')).toEqual([
      {
        principal: ALICE,
        pathId: 'iam-002',
        target: BOB,
        targetPower: 'admin',
        steps: [allowedStep('iam:CreateAccessKey', BOB)],
      },
    ]);
  });

  it('iam-002 is no path when the principal may create access keys only for itself', () => {
    const report = escalations(
      account(),
      evaluatorCan(alices(allow('iam:CreateAccessKey', ALICE))),
    );
    expect(pathsOf(report, 'iam-002')).toEqual([]);
  });

  it('an explicit deny on the step stops the path (reference_policies_evaluation-logic.html)', () => {
    const policies = [
      ...alices(allow('iam:CreateAccessKey', BOB)),
      policy(
        'guard',
        'identity',
        [{ Effect: 'Deny', Action: 'iam:CreateAccessKey', Resource: '*' }],
        {
          attachedTo: [ALICE],
        },
      ),
    ];
    expect(pathsOf(escalations(account(), evaluatorCan(policies)), 'iam-002')).toEqual([]);
  });

  it('says which catalogue paths an account of identities cannot decide, and why', () => {
    const report = escalations(account(), evaluatorCan([]));
    expect(report.paths).toEqual([]);
    expect(report.notAnalysed.find((path) => path.pathId === 'lambda-003')?.reason).toMatch(
      /outside IAM/,
    );
    expect(report.notAnalysed.map((path) => path.pathId)).not.toContain('lambda-001');
  });

  describe('iam-013 iam:AddUserToGroup', () => {
    const groups = [
      { arn: DEVS, managedPolicies: [], power: 'developer' },
      { arn: ADMINS, managedPolicies: [], power: 'admin' },
    ];
    const inDevs = (): EscalationAccount<string> => ({
      users: [{ ...user(ALICE), groups: [DEVS] }],
      groups,
      roles: [],
    });

    it('names each group the user is not yet in, with its power', () => {
      const report = escalations(
        inDevs(),
        evaluatorCan(alices(allow('iam:AddUserToGroup', `arn:aws:iam::${ACCOUNT}:group/*`))),
      );
      expect(pathsOf(report, 'iam-013').map((path) => [path.target, path.targetPower])).toEqual([
        [ADMINS, 'admin'],
      ]);
    });

    it('is no path when allowed only on a group the user is already in', () => {
      const report = escalations(inDevs(), evaluatorCan(alices(allow('iam:AddUserToGroup', DEVS))));
      expect(pathsOf(report, 'iam-013')).toEqual([]);
    });
  });

  describe('iam-016 iam:CreatePolicyVersion + sts:AssumeRole', () => {
    const adminRole: EscalationRole<string> = { ...role(ADMIN), managedPolicies: [ADMIN_TOOLS] };
    const trusting = (who: string) =>
      policy(
        'admin-trust',
        'trust',
        [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { AWS: who } }],
        { attachedTo: [ADMIN] },
      );
    const identity = alices(
      allow('iam:CreatePolicyVersion', ADMIN_TOOLS),
      allow('sts:AssumeRole', ADMIN),
    );

    it('changes a policy attached to a role whose trust policy lets the principal assume it', () => {
      const report = escalations(
        account([], [adminRole]),
        evaluatorCan([...identity, trusting(ALICE)]),
      );
      expect(
        pathsOf(report, 'iam-016').map((path) => path.steps.map((step) => step.resource)),
      ).toEqual([[ADMIN_TOOLS, ADMIN]]);
    });

    it('is no path when the trust policy does not let the principal in (id_roles_manage-assume.html)', () => {
      const report = escalations(
        account([], [adminRole]),
        evaluatorCan([...identity, trusting(BOB)]),
      );
      expect(pathsOf(report, 'iam-016')).toEqual([]);
    });

    it('asks nothing of a role mayAllowOn says no policy could let it assume', () => {
      const asked: string[] = [];
      const can = evaluatorCan([...identity, trusting(BOB)]);
      const counting: Can<string> = (principal, action, resource, context) => {
        asked.push(`${principal} ${action} ${resource}`);
        return can(principal, action, resource, context);
      };
      findEscalations(account([], [adminRole]), counting, TEST_CATALOGUE, {
        mayAllowOn: (_principal, action) => action !== 'sts:AssumeRole',
      });
      expect(asked).not.toContain(`${ALICE} iam:CreatePolicyVersion ${ADMIN_TOOLS}`);
    });
  });

  describe('iam-009 iam:AttachRolePolicy on the principal role itself', () => {
    const builder = role(BUILDER);

    it('is a path of the role, asked of a session of it', () => {
      const report = escalations(
        account([], [builder]),
        evaluatorCan([
          policy('builder', 'identity', [allow('iam:AttachRolePolicy', BUILDER)], {
            attachedTo: [BUILDER],
          }),
        ]),
      );
      expect(report.paths.filter((path) => path.pathId === 'iam-009')).toEqual([
        {
          principal: BUILDER,
          pathId: 'iam-009',
          steps: [allowedStep('iam:AttachRolePolicy', BUILDER, 'builder')],
        },
      ]);
    });

    it('is no path of a user, whatever it may attach to roles', () => {
      const report = escalations(
        account([], [builder]),
        evaluatorCan(alices(allow('iam:AttachRolePolicy'))),
      );
      expect(report.paths.filter((path) => path.pathId === 'iam-009')).toEqual([]);
    });
  });

  it('mayAllow spares asking about targets when no policy names the action', () => {
    const asked: string[] = [];
    const can = evaluatorCan(alices(allow('iam:CreateAccessKey', BOB)));
    const counting: Can<string> = (principal, action, resource, context) => {
      asked.push(action);
      return can(principal, action, resource, context);
    };
    const report = findEscalations(account(), counting, TEST_CATALOGUE, {
      mayAllow: (_principal, action) => action === 'iam:CreateAccessKey',
    });
    expect(new Set(asked)).toEqual(new Set(['iam:CreateAccessKey']));
    expect(pathsOf(report, 'iam-002').map((path) => path.target)).toEqual([BOB]);
  });

  it('mayAllowOn spares asking about a target no policy could name', () => {
    const asked: string[] = [];
    const can = evaluatorCan(alices(allow('iam:CreateAccessKey', BOB)));
    const counting: Can<string> = (principal, action, resource, context) => {
      asked.push(resource);
      return can(principal, action, resource, context);
    };
    const report = findEscalations(account(), counting, TEST_CATALOGUE, {
      mayAllowOn: (_principal, _action, resource) => resource === BOB,
    });
    expect(new Set(asked)).toEqual(new Set([BOB]));
    expect(pathsOf(report, 'iam-002').map((path) => path.target)).toEqual([BOB]);
  });
});
