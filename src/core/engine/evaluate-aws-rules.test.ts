import { describe, expect, it } from 'vitest';
import { SCENARIO_FORMAT, type Scenario } from '../scenario/model.ts';
import { decideRequest, evaluateRequest, prepareScenario } from './evaluate.ts';
import { ALICE, allow, deny, evaluate, NOW, policy } from './test-scenarios.ts';

// Rules AWS applies whatever the policies say: the result carries the rule, so the explanation
// and the command line can say why no statement decided.
describe('requests a rule of AWS decides', () => {
  it('records the rule for a call that needs no permission (AWS STS API Reference, GetCallerIdentity)', () => {
    const result = evaluate([policy('guard', 'identity', [deny('*')])], {
      action: 'sts:GetCallerIdentity',
      resource: '*',
    });
    expect(result.decision).toBe('allowed');
    expect(result.matchedStatements).toEqual([]);
    expect(result.awsRule?.kind).toBe('no-permission-needed');
    // The policies are still traced: the Deny applies, it just does not decide.
    expect(result.layers.find((layer) => layer.layer === 'identity')?.outcome).toBe('deny');
  });

  it('records the rule for a change to an AWS managed policy (IAM User Guide, AWS managed policies)', () => {
    const result = evaluate([policy('admin', 'identity', [allow('*')])], {
      action: 'iam:CreatePolicyVersion',
      resource: 'arn:aws:iam::aws:policy/AdministratorAccess',
    });
    expect(result.decision).toBe('explicitDeny');
    expect(result.awsRule?.kind).toBe('aws-protected');
  });

  it('has no rule when the policies decide', () => {
    const result = evaluate([policy('admin', 'identity', [allow('*')])], {
      action: 'sts:GetCallerIdentity',
      resource: '*',
      principal: 'lambda.amazonaws.com',
    });
    expect(result.awsRule).toBeUndefined();
  });

  it('decides by the rule even when a policy cannot be read, and still reports the policy', () => {
    const scenario: Scenario = {
      format: SCENARIO_FORMAT,
      policies: [{ id: 'broken', type: 'identity', document: '{"Statement": [' }],
      requests: [{ principal: ALICE, action: 'sts:GetCallerIdentity', resource: '*' }],
    };
    const prepared = prepareScenario(scenario);
    const request = scenario.requests[0]!;
    const result = evaluateRequest(prepared, request, 0, { now: NOW });
    expect(result.decision).toBe('allowed');
    expect(result.unevaluable.map((entry) => entry.policyId)).toEqual(['broken']);
    const { layers, ...decided } = result;
    expect(layers.length).toBeGreaterThan(0);
    expect(decideRequest(prepared, request, 0, { now: NOW })).toEqual(decided);
  });
});
