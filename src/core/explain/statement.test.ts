import { describe, expect, it } from 'vitest';
import { allow, APP_ROLE, BOB_OTHER, deny, policy } from '../engine/test-scenarios.ts';
import { explainOne, onlySummary } from './testing.ts';

describe('statement wording', () => {
  it('says what matched and which condition stopped it (issue 5 example)', () => {
    const explanation = explainOne(
      [
        policy('app', 'identity', [
          allow('s3:GetObject', 'arn:aws:s3:::reports/*', {
            Sid: 'ReadReports',
            Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
          }),
        ]),
      ],
      { context: { 'aws:SourceIp': '198.51.100.4' } },
    );
    expect(onlySummary(explanation)).toBe(
      'Statement ReadReports matched the action and resource, but aws:SourceIp 198.51.100.4 is not in 10.0.0.0/8',
    );
  });

  it('lists the Action entries when the action is not among them', () => {
    const explanation = explainOne([
      policy('app', 'identity', [allow(['s3:PutObject', 's3:DeleteObject'] as unknown as string)]),
    ]);
    expect(onlySummary(explanation)).toBe(
      'Statement 1 matched the resource, but the action s3:GetObject is not in Action (s3:PutObject or s3:DeleteObject)',
    );
  });

  it('says when NotAction excludes the action', () => {
    const explanation = explainOne([
      policy('app', 'identity', [{ Effect: 'Allow', NotAction: 's3:Get*', Resource: '*' }]),
    ]);
    const [action] =
      explanation.steps.flatMap((s) => s.policies).flatMap((p) => p.statements)[0]?.elements ?? [];
    expect(action?.text).toBe('the action s3:GetObject is excluded by NotAction (s3:Get*)');
    expect(action?.matched).toBe(false);
  });

  it('says when nothing matched', () => {
    const explanation = explainOne([
      policy('app', 'identity', [allow('ec2:StartInstances', 'arn:aws:ec2:*:*:instance/*')]),
    ]);
    expect(onlySummary(explanation)).toBe(
      'Statement 1 did not apply: the action s3:GetObject is not in Action (ec2:StartInstances)',
    );
  });

  it('names the resource when the action matched but the resource did not', () => {
    const explanation = explainOne([
      policy('app', 'identity', [allow('s3:GetObject', 'arn:aws:s3:::logs/*', { Sid: 'Logs' })]),
    ]);
    expect(onlySummary(explanation)).toBe(
      'Statement Logs matched the action, but the resource arn:aws:s3:::reports/q1.csv is not in Resource (arn:aws:s3:::logs/*)',
    );
  });

  it('names the principal a resource policy does not name', () => {
    const explanation = explainOne(
      [
        policy('bucket', 'resource', [
          allow('s3:GetObject', '*', { Sid: 'AppOnly', Principal: { AWS: APP_ROLE } }),
        ]),
      ],
      { principal: BOB_OTHER },
    );
    expect(onlySummary(explanation)).toBe(
      `Statement AppOnly matched the action and resource, but the principal ${BOB_OTHER} is not in Principal (${APP_ROLE})`,
    );
  });

  it('says a resource policy statement without a Principal grants nothing', () => {
    const explanation = explainOne([
      policy('bucket', 'resource', [allow('s3:GetObject', '*', { Sid: 'NoOne' })]),
    ]);
    expect(onlySummary(explanation)).toBe(
      'Statement NoOne matched the action and resource, but it names no Principal, which a resource-based policy needs',
    );
  });

  it('says a matching Deny matched everything', () => {
    const explanation = explainOne(
      [
        policy('guard', 'identity', [
          deny('s3:*', '*', {
            Sid: 'NoHttp',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      ],
      { context: { 'aws:SecureTransport': 'false' } },
    );
    expect(onlySummary(explanation)).toBe(
      'Statement NoHttp matched the action, resource and every condition',
    );
  });
});
