import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../catalog/bundled.ts';
import { simulate } from '../../engine/evaluate.ts';
import { parsePolicy } from '../../policy/parse.ts';
import type { PolicyType, Scenario, ScenarioRequest } from '../../scenario/model.ts';
import { SCENARIO_FORMAT } from '../../scenario/model.ts';
import { loadReachServices, statementAlone, statementReach } from './statement-reach.ts';

// Every example is decided again here, by the evaluator, in a scenario of the policy alone: a
// resource policy's callers are of another account, allowed everything by their own
// ("Cross-account policy evaluation logic",
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html).

const catalog = bundledCatalog();
const NOW = new Date('2026-06-01T12:00:00Z');

function scenarioOf(type: PolicyType, document: string, request: ScenarioRequest): Scenario {
  const policies = [{ id: 'checked', type, document }];
  if (type === 'resource') {
    policies.push({
      id: 'caller',
      type: 'identity',
      document:
        '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}',
    });
  }
  return { format: SCENARIO_FORMAT, policies, requests: [request] };
}

function decide(type: PolicyType, document: string, request: ScenarioRequest) {
  return simulate(scenarioOf(type, document, request), { now: NOW }).results[0]!.decision;
}

async function reachOf(statements: object[], at = 0, type: PolicyType = 'identity') {
  const document = JSON.stringify({ Version: '2012-10-17', Statement: statements });
  const parsed = parsePolicy(document);
  const statement = parsed.policy.statements[at]!;
  await loadReachServices(catalog, parsed, statement);
  const reach = statementReach(type, parsed, statement, catalog, NOW);
  return { reach, document };
}

async function levelOf(action: string) {
  const found = await catalog.lookupAction(action);
  return found.kind === 'found' ? found.action.accessLevel : undefined;
}

describe('an example request a broad statement allows', () => {
  it('is allowed by the evaluator, at the most powerful access level the statement grants', async () => {
    const { reach, document } = await reachOf([{ Effect: 'Allow', Action: 's3:*', Resource: '*' }]);
    const example = reach.example!;
    expect(example.accessLevel).toBe('Permissions management');
    expect(await levelOf(example.request.action)).toBe('Permissions management');
    expect(decide('identity', document, example.request)).toBe('allowed');
  });

  it('is one of the actions NotAction leaves, on a resource NotResource leaves', async () => {
    const statement = {
      Effect: 'Allow',
      NotAction: ['iam:*', 'organizations:*'],
      NotResource: 'arn:aws:s3:::secret/*',
    };
    const { reach, document } = await reachOf([statement]);
    const { request } = reach.example!;
    expect(request.action).not.toMatch(/^(iam|organizations):/i);
    expect(request.resource.startsWith('arn:aws:s3:::secret/')).toBe(false);
    expect(decide('identity', document, request)).toBe('allowed');
  });

  it('carries the context values its conditions need, and meets a negated one', async () => {
    const statement = {
      Effect: 'Allow',
      Action: 'iam:PassRole',
      Resource: '*',
      Condition: {
        StringNotEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' },
        StringEquals: { 'aws:RequestedRegion': 'eu-west-1' },
      },
    };
    const { reach, document } = await reachOf([statement]);
    const { request } = reach.example!;
    expect(reach.byAccessLevel.Write).toBe(1);
    expect(reach.total).toBe(1);
    expect(request.context?.['aws:RequestedRegion']).toBe('eu-west-1');
    expect(decide('identity', document, request)).toBe('allowed');
    const withoutContext = { ...request, context: {} };
    expect(decide('identity', document, withoutContext)).toBe('implicitDeny');
    const toEc2 = {
      ...request,
      context: { ...request.context, 'iam:PassedToService': 'ec2.amazonaws.com' },
    };
    expect(decide('identity', document, toEc2)).toBe('implicitDeny');
  });

  it('is made by a principal the statement of a bucket policy names', async () => {
    const statement = {
      Effect: 'Allow',
      Principal: '*',
      Action: 's3:*',
      Resource: 'arn:aws:s3:::shared/*',
    };
    const { reach, document } = await reachOf([statement], 0, 'resource');
    const { request } = reach.example!;
    expect(request.resource.startsWith('arn:aws:s3:::shared/')).toBe(true);
    expect(decide('resource', document, request)).toBe('allowed');
  });

  it("is of the statement asked about, not of the policy's others", async () => {
    const { reach, document } = await reachOf(
      [
        { Effect: 'Allow', Action: 'ec2:DescribeInstances', Resource: '*' },
        { Effect: 'Allow', Action: 'sqs:*', Resource: '*' },
      ],
      1,
    );
    expect(reach.example!.request.action).toMatch(/^sqs:/);
    expect(decide('identity', document, reach.example!.request)).toBe('allowed');
  });

  it('is absent, and said to be, when no request meets the conditions', async () => {
    // No request is sent both over TLS and not.
    const never = {
      Effect: 'Allow',
      Action: 's3:*',
      Resource: '*',
      Condition: {
        Bool: { 'aws:SecureTransport': 'true' },
        StringEquals: { 'aws:SecureTransport': 'false' },
      },
    };
    const { reach } = await reachOf([never]);
    expect(reach.example).toBeUndefined();
    expect(reach.total).toBeGreaterThan(0);
    expect(reach.leftOut).toContain('no request was found that it alone allows');
  });

  it("is the same for a statement read alone, which keeps its policy's Version", async () => {
    const statements = [
      { Effect: 'Allow', Action: 'ec2:DescribeInstances', Resource: '*' },
      { Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::${aws:username}/*' },
    ];
    const { reach } = await reachOf(statements, 1);
    const document = JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
    const { policy } = parsePolicy(document);
    const alone = statementAlone(document, policy.statements[1]!, '2012-10-17')!;
    expect(alone.parsed.policy.version?.value).toBe('2012-10-17');
    await loadReachServices(catalog, alone.parsed, alone.statement);
    expect(statementReach('identity', alone.parsed, alone.statement, catalog, NOW)).toEqual(reach);
  });
});
