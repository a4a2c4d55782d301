import { describe, expect, it } from 'vitest';
import { ALICE, allow, APP_ROLE, BOB_OTHER, deny, policy } from '../engine/test-scenarios.ts';
import { explainOne } from './testing.ts';

const reportsPolicy = (condition: Record<string, unknown>) =>
  policy(
    'app',
    'identity',
    [allow('s3:GetObject', 'arn:aws:s3:::reports/*', { Sid: 'ReadReports', Condition: condition })],
    {
      name: 'AppPolicy',
    },
  );

describe('explainRequest', () => {
  it('walks the layers in AWS order, naming the absent ones', () => {
    const explanation = explainOne(
      [
        reportsPolicy({ Bool: { 'aws:SecureTransport': 'true' } }),
        policy('cap', 'permissions-boundary', [allow('s3:*')]),
        policy('guard', 'scp', [allow('*')], { level: 0 }),
      ],
      { context: { 'aws:SecureTransport': 'true' } },
    );
    expect(explanation.steps.map((step) => `${step.title}: ${step.text}`)).toEqual([
      'Explicit deny check: No Deny statement applies, so evaluation goes on.',
      'Resource control policies: None in this scenario.',
      'Service control policies (level 0): Statement 1 in guard allows it.',
      'Resource-based policies: None in this scenario.',
      'Identity-based policies: Statement ReadReports in AppPolicy allows it.',
      'Permissions boundary: Statement 1 in cap allows it.',
      'Session policy: None in this scenario.',
    ]);
    expect(explanation.headline).toBe('Allowed by Statement ReadReports in AppPolicy.');
    expect(explanation.deciding.map((s) => s.policyId)).toEqual(['app']);
  });

  it('puts an explicit Deny in another policy first and in the headline', () => {
    const explanation = explainOne([
      reportsPolicy({}),
      policy('guard', 'identity', [deny('s3:GetObject', '*', { Sid: 'NoReports' })]),
    ]);
    expect(explanation.decision).toBe('explicitDeny');
    expect(explanation.headline).toBe('Explicitly denied by Statement NoReports in guard.');
    expect(explanation.steps[0]).toMatchObject({
      kind: 'explicit-deny',
      tone: 'deny',
      text: 'Statement NoReports in guard denies the request; an explicit Deny overrides every Allow.',
    });
    expect(explanation.deciding.map((s) => `${s.policyId}#${s.statementIndex}`)).toEqual([
      'guard#0',
    ]);
  });

  it('blames the permissions boundary when identity policies allow', () => {
    const explanation = explainOne([
      reportsPolicy({}),
      policy('cap', 'permissions-boundary', [allow('ec2:*')]),
    ]);
    expect(explanation.headline).toBe(
      'Implicitly denied: the permissions boundary does not allow it.',
    );
    expect(explanation.closest.map((s) => s.summary)).toEqual([
      'Statement 1 matched the resource, but the action s3:GetObject is not in Action (ec2:*)',
    ]);
  });

  it('names the SCP level that allows nothing', () => {
    const explanation = explainOne([
      reportsPolicy({}),
      policy('root', 'scp', [allow('*')], { level: 0 }),
      policy('ou', 'scp', [allow('ec2:*')], { level: 1 }),
    ]);
    expect(explanation.headline).toBe(
      'Implicitly denied: no service control policy at level 1 allows it.',
    );
    const levels = explanation.steps.filter((step) => step.kind === 'scp');
    expect(levels.map((step) => [step.title, step.tone])).toEqual([
      ['Service control policies (level 0)', 'allow'],
      ['Service control policies (level 1)', 'neutral'],
    ]);
  });

  it('says an RCP only denies, RCPFullAWSAccess allowing the rest', () => {
    const explanation = explainOne([
      reportsPolicy({}),
      policy('perimeter', 'rcp', [deny('s3:DeleteObject')], { level: 0 }),
    ]);
    const rcp = explanation.steps.find((step) => step.kind === 'rcp');
    expect(rcp?.text).toBe(
      'Nothing here denies it. RCPFullAWSAccess, attached everywhere, allows the rest.',
    );
    expect(explanation.decision).toBe('allowed');
  });

  it('explains that across accounts the resource policy must allow too', () => {
    const explanation = explainOne([policy('bob', 'identity', [allow('s3:GetObject')])], {
      principal: BOB_OTHER,
      resourceAccount: '111122223333',
    });
    expect(explanation.headline).toBe(
      "Implicitly denied: across accounts the resource's policy must allow it too, and none does.",
    );
  });

  it('ranks the closest statements: a condition miss before a wrong resource before a wrong action', () => {
    const explanation = explainOne(
      [
        policy('app', 'identity', [
          allow('ec2:*', '*', { Sid: 'Compute' }),
          allow('s3:GetObject', 'arn:aws:s3:::logs/*', { Sid: 'Logs' }),
          allow('s3:GetObject', 'arn:aws:s3:::reports/*', {
            Sid: 'ReadReports',
            Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
          }),
        ]),
      ],
      { context: { 'aws:SourceIp': '198.51.100.4' } },
    );
    expect(explanation.headline).toBe(
      'Implicitly denied: no statement allows s3:GetObject on arn:aws:s3:::reports/q1.csv.',
    );
    expect(explanation.closest.map((s) => s.sid)).toEqual(['ReadReports', 'Logs', 'Compute']);
    expect(explanation.closest[0]?.stoppedBy?.text).toBe(
      'aws:SourceIp 198.51.100.4 is not in 10.0.0.0/8',
    );
  });

  it('gives trust policies no step when the request assumes no role, whoever makes it', () => {
    const trust = policy(
      'app-trust',
      'trust',
      [allow('sts:AssumeRole', '*', { Principal: { AWS: ALICE } })],
      {
        attachedTo: [APP_ROLE],
      },
    );
    const byUser = explainOne([reportsPolicy({}), trust]);
    expect(byUser.steps.map((step) => step.kind)).not.toContain('trust');
    expect(byUser.steps.map((step) => step.text).join(' ')).not.toContain('trust policy');

    const assuming = explainOne([trust], { action: 'sts:AssumeRole', resource: APP_ROLE });
    expect(assuming.steps.find((step) => step.kind === 'trust')?.text).toBe(
      'Statement 1 in app-trust allows it.',
    );
    const otherRole = 'arn:aws:iam::111122223333:role/Other';
    const elsewhere = explainOne([trust], { action: 'sts:AssumeRole', resource: otherRole });
    expect(elsewhere.steps.find((step) => step.kind === 'trust')?.text).toBe(
      'No trust policy applies to this role.',
    );
  });

  it('reports a policy that cannot be evaluated', () => {
    const explanation = explainOne([
      { id: 'broken', type: 'identity', document: '{ "Statement": [' },
    ]);
    expect(explanation.headline).toBe(
      'Implicitly denied: a policy that applies could not be evaluated.',
    );
    expect(explanation.warnings).toHaveLength(1);
    expect(explanation.warnings[0]).toContain('Policy "broken" could not be evaluated');
  });
});
