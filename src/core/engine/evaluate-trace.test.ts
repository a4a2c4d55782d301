import { describe, expect, it } from 'vitest';
import { SCENARIO_FORMAT, type Scenario } from '../scenario/model.ts';
import { evaluateRequest, prepareScenario, simulate } from './evaluate.ts';
import {
  ALICE,
  allow,
  APP_ROLE,
  APP_SESSION,
  BUCKET_OBJECT,
  evaluate,
  NOW,
  policy,
  policyText,
} from './test-scenarios.ts';

describe('the trace', () => {
  it('records, per statement, whether action, resource and each condition matched', () => {
    const identity = policy('id', 'identity', [
      allow('s3:GetObject', 'arn:aws:s3:::other/*'),
      allow('s3:Get*', '*', { Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } }),
    ]);
    const result = evaluate([identity], { context: { 'aws:SourceIp': '203.0.113.7' } });
    expect(result.decision).toBe('implicitDeny');
    const [first, second] =
      result.layers.find((layer) => layer.layer === 'identity')?.policies[0]?.statements ?? [];
    expect(first).toMatchObject({
      applies: false,
      action: { matched: true },
      resource: { matched: false },
    });
    expect(second).toMatchObject({
      applies: false,
      action: { matched: true },
      resource: { matched: true },
    });
    expect(second?.conditions).toHaveLength(1);
    expect(second?.conditions[0]).toMatchObject({
      key: 'aws:SourceIp',
      matched: false,
      requestValues: ['203.0.113.7'],
    });
  });

  it('gives each layer an outcome', () => {
    const result = evaluate(
      [
        policy('id', 'identity', [allow('s3:*')]),
        policy('b', 'permissions-boundary', [allow('ec2:*')]),
      ],
      {},
    );
    const outcomes = Object.fromEntries(result.layers.map((layer) => [layer.layer, layer.outcome]));
    expect(outcomes).toEqual({ identity: 'allow', 'permissions-boundary': 'no-match' });
  });

  it('a request id is its id, or its index as a string; expect and pass appear only with expect', () => {
    const scenario: Scenario = {
      format: SCENARIO_FORMAT,
      policies: [],
      requests: [
        {
          id: 'named',
          principal: ALICE,
          action: 's3:GetObject',
          resource: BUCKET_OBJECT,
          expect: 'allowed' as const,
        },
        { principal: ALICE, action: 's3:GetObject', resource: BUCKET_OBJECT },
      ],
    };
    const { results, summary } = simulate(scenario, { now: NOW });
    expect(results.map((result) => [result.id, result.expect, result.pass])).toEqual([
      ['named', 'allowed', false],
      ['1', undefined, undefined],
    ]);
    expect(summary).toEqual({
      requests: 2,
      allowed: 0,
      explicitDeny: 0,
      implicitDeny: 2,
      failedExpectations: 1,
    });
  });
});

describe('policies that cannot be parsed', () => {
  const broken = { id: 'broken', type: 'identity' as const, document: '{"Statement": [' };

  it('when one applies, the result names it as unevaluable and does not allow', () => {
    const result = evaluate([policy('id', 'identity', [allow('s3:*')]), broken], {});
    expect(result.unevaluable.map((entry) => entry.policyId)).toEqual(['broken']);
    expect(result.unevaluable[0]?.message).toMatch(/line 1, column/);
    expect(result.decision).toBe('implicitDeny');
  });

  it('when it does not apply to the request, it does not matter', () => {
    const elsewhere = { ...broken, attachedTo: ['arn:aws:iam::111122223333:user/bob'] };
    const result = evaluate([policy('id', 'identity', [allow('s3:*')]), elsewhere], {});
    expect(result.unevaluable).toEqual([]);
    expect(result.decision).toBe('allowed');
  });

  it('prepareScenario reports the problems with the policy id', () => {
    const prepared = prepareScenario({ format: SCENARIO_FORMAT, policies: [broken], requests: [] });
    expect(prepared.policyProblems.map((entry) => [entry.policyId, entry.ok])).toEqual([
      ['broken', false],
    ]);
  });
});

describe('Policy variables and Version (reference_policies_variables.html)', () => {
  const home = (version: string | null) => ({
    id: 'home',
    type: 'identity' as const,
    document: policyText([allow('s3:GetObject', 'arn:aws:s3:::home/${aws:username}/*')], version),
  });
  const request = { resource: 'arn:aws:s3:::home/alice/notes.txt' };

  it('with Version 2012-10-17 ${aws:username} is the IAM user name', () => {
    expect(evaluate([home('2012-10-17')], request).decision).toBe('allowed');
  });

  it('with Version 2008-10-17 or no Version, ${...} is literal text', () => {
    expect(evaluate([home('2008-10-17')], request).decision).toBe('implicitDeny');
    expect(evaluate([home(null)], request).decision).toBe('implicitDeny');
    expect(
      evaluate([home(null)], { resource: 'arn:aws:s3:::home/${aws:username}/x' }).decision,
    ).toBe('allowed');
  });
});

describe('derived context keys (scenario format, "Principals")', () => {
  function keyAllows(
    key: string,
    value: string,
    principal = ALICE,
    context: Record<string, string> = {},
  ): boolean {
    const identity = policy(
      'id',
      'identity',
      [allow('s3:GetObject', '*', { Condition: { StringEquals: { [key]: value } } })],
      {
        attachedTo: ['*'],
      },
    );
    return evaluate([identity], { principal, context }).decision === 'allowed';
  }

  it('aws:PrincipalArn of a role session is the role ARN', () => {
    expect(keyAllows('aws:PrincipalArn', APP_ROLE, APP_SESSION)).toBe(true);
    expect(keyAllows('aws:PrincipalArn', APP_SESSION, APP_SESSION)).toBe(false);
  });

  it('aws:PrincipalType, aws:PrincipalAccount and aws:username', () => {
    expect(keyAllows('aws:PrincipalType', 'User')).toBe(true);
    expect(keyAllows('aws:PrincipalType', 'AssumedRole', APP_SESSION)).toBe(true);
    expect(keyAllows('aws:PrincipalAccount', '111122223333')).toBe(true);
    expect(keyAllows('aws:username', 'alice')).toBe(true);
    expect(keyAllows('aws:username', 'App', APP_SESSION)).toBe(false);
  });

  it('aws:ResourceAccount, aws:CurrentTime and aws:EpochTime default to the request and the simulation time', () => {
    expect(keyAllows('aws:ResourceAccount', '111122223333')).toBe(true);
    expect(keyAllows('aws:CurrentTime', '2026-03-15T12:00:00Z')).toBe(true);
    expect(keyAllows('aws:EpochTime', String(NOW.getTime() / 1000))).toBe(true);
  });

  it('a value in context overrides the derived one', () => {
    expect(
      keyAllows('aws:PrincipalType', 'Account', ALICE, { 'aws:principaltype': 'Account' }),
    ).toBe(true);
  });

  it('evaluateRequest defaults the time to now', () => {
    const prepared = prepareScenario({ format: SCENARIO_FORMAT, policies: [], requests: [] });
    const before = Date.now();
    const identity = policy('id', 'identity', [
      allow('s3:GetObject', '*', {
        Condition: {
          DateGreaterThan: { 'aws:CurrentTime': new Date(before - 60_000).toISOString() },
        },
      }),
    ]);
    const withPolicy = prepareScenario({ ...prepared.scenario, policies: [identity] });
    const result = evaluateRequest(
      withPolicy,
      { principal: ALICE, action: 's3:GetObject', resource: BUCKET_OBJECT },
      0,
    );
    expect(result.decision).toBe('allowed');
  });
});
