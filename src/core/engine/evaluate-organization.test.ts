import { describe, expect, it } from 'vitest';
import { allow, BOB_OTHER, deciding, deny, evaluate, policy } from './test-scenarios.ts';

const IDENTITY = policy('id', 'identity', [allow('s3:GetObject')]);
const FULL_ACCESS = (level: number) => policy(`full-${level}`, 'scp', [allow('*')], { level });
const ORG = { managementAccount: '999999999999', memberAccounts: ['111122223333', '444455556666'] };

describe('Service control policies: SCP evaluation (orgs_manage_policies_scps_evaluation.html)', () => {
  it('every level present must allow: a level without an Allow denies implicitly', () => {
    const ouOnlyEc2 = policy('ou', 'scp', [allow('ec2:*')], { level: 1 });
    const result = evaluate([IDENTITY, FULL_ACCESS(0), ouOnlyEc2, FULL_ACCESS(2)], {});
    expect(result.decision).toBe('implicitDeny');
    expect(
      result.layers.filter((layer) => layer.layer === 'scp').map((layer) => layer.outcome),
    ).toEqual(['allow', 'no-match', 'allow']);
    expect(evaluate([IDENTITY, FULL_ACCESS(0), FULL_ACCESS(1), FULL_ACCESS(2)], {}).decision).toBe(
      'allowed',
    );
  });

  it('SCP Allow statements cap but do not grant: they are not deciding statements', () => {
    expect(deciding(evaluate([IDENTITY, FULL_ACCESS(0)], {}))).toEqual(['id#0']);
    expect(evaluate([FULL_ACCESS(0)], {}).decision).toBe('implicitDeny');
  });

  it('an SCP Deny is an explicit deny, also for the root user of a member account', () => {
    const scp = policy('scp', 'scp', [allow('*'), deny('s3:*')], { level: 0 });
    const result = evaluate([scp], { principal: 'arn:aws:iam::111122223333:root' }, ORG);
    expect(result.decision).toBe('explicitDeny');
    expect(deciding(result)).toEqual(['scp#1']);
  });

  it('SCPs do not affect principals of the management account', () => {
    const management = 'arn:aws:iam::999999999999:user/admin';
    const identity = policy('id', 'identity', [allow('s3:GetObject')]);
    const scp = policy('scp', 'scp', [deny('*')], { level: 0 });
    const result = evaluate(
      [identity, scp],
      { principal: management, resource: 'arn:aws:s3:::mgmt/x' },
      ORG,
    );
    expect(result.decision).toBe('allowed');
  });

  it('SCPs do not affect service-linked roles', () => {
    const slr =
      'arn:aws:iam::111122223333:role/aws-service-role/elasticmapreduce.amazonaws.com/AWSServiceRoleForEMR';
    const scp = policy('scp', 'scp', [deny('*')], { level: 0 });
    expect(evaluate([IDENTITY, scp], { principal: slr }, ORG).decision).toBe('allowed');
  });

  it('without an organization, every account is a member account', () => {
    const scp = policy('scp', 'scp', [deny('s3:*')], { level: 0 });
    expect(evaluate([IDENTITY, scp], {}).decision).toBe('explicitDeny');
  });
});

describe('Resource control policies: RCP evaluation (orgs_manage_policies_rcps_evaluation.html)', () => {
  const bucketForBob = policy('bucket', 'resource', [
    allow('s3:GetObject', '*', { Principal: { AWS: BOB_OTHER } }),
  ]);
  const bobIdentity = policy('bob', 'identity', [allow('s3:GetObject')], {
    attachedTo: [BOB_OTHER],
  });
  const bobRequest = { principal: BOB_OTHER, resourceAccount: '111122223333' };

  it('RCPFullAWSAccess is implicit: an RCP level without Allow statements does not deny', () => {
    const rcp = policy('rcp', 'rcp', [deny('sqs:*', '*', { Principal: '*' })], { level: 0 });
    const result = evaluate([IDENTITY, rcp], {});
    expect(result.decision).toBe('allowed');
    expect(result.layers.find((layer) => layer.layer === 'rcp')?.notes).toContain(
      'implicit RCPFullAWSAccess',
    );
  });

  it('an RCP Deny limits callers from outside the organization; resources of the management account are not affected', () => {
    const rcp = policy('rcp', 'rcp', [
      deny('s3:*', '*', {
        Principal: '*',
        Condition: { StringNotEquals: { 'aws:PrincipalAccount': '111122223333' } },
      }),
    ]);
    const outside = { memberAccounts: ['111122223333'] };
    expect(evaluate([bucketForBob, bobIdentity], bobRequest, outside).decision).toBe('allowed');
    const denied = evaluate([bucketForBob, bobIdentity, rcp], bobRequest, outside);
    expect(denied.decision).toBe('explicitDeny');
    expect(deciding(denied)).toEqual(['rcp#0']);
    expect(
      evaluate(
        [bucketForBob, bobIdentity, rcp],
        { ...bobRequest, resourceAccount: '999999999999' },
        ORG,
      ).decision,
    ).toBe('allowed');
  });
});

describe('VPC endpoint policies (vpc-endpoints-access.html)', () => {
  const endpoint = policy(
    'vpce',
    'vpc-endpoint',
    [allow('s3:ListBucket', '*', { Principal: '*' })],
    {
      attachedTo: ['vpce-1a2b3c4d'],
    },
  );

  it('applies only to requests through the endpoint it is attached to, and must allow', () => {
    expect(evaluate([IDENTITY, endpoint], {}).decision).toBe('allowed');
    const through = { context: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } };
    expect(evaluate([IDENTITY, endpoint], through).decision).toBe('implicitDeny');
    const other = { context: { 'aws:SourceVpce': 'vpce-ffff' } };
    expect(evaluate([IDENTITY, endpoint], other).decision).toBe('allowed');
  });
});
