import { describe, expect, it } from 'vitest';
import { decideRequest, prepareScenario } from '../engine/evaluate.ts';
import { parsePolicy } from '../policy/parse.ts';
import { SCENARIO_FORMAT, type ScenarioPolicy, type ScenarioRequest } from '../scenario/model.ts';
import { statementCoverage, type CoveragePolicy } from './coverage.ts';
import { NOW, policy } from './test-scenarios.ts';

const ALICE = 'arn:aws:iam::111122223333:user/alice';
const OBJECT = 'arn:aws:s3:::reports/q1.csv';
const GET = { Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' };
const PUT = { Sid: 'Write', Effect: 'Allow', Action: 's3:PutObject', Resource: '*' };

const ask = (action: string): ScenarioRequest => ({ principal: ALICE, action, resource: OBJECT });

const coveragePolicy = (source: ScenarioPolicy): CoveragePolicy => ({
  id: source.id,
  type: source.type,
  statements: parsePolicy(source.document).policy.statements,
});

/** The coverage of `policies` over `requests` as the engine decides them. */
function coverage(policies: ScenarioPolicy[], requests: ScenarioRequest[]) {
  const prepared = prepareScenario({ format: SCENARIO_FORMAT, policies, requests });
  const decisions = requests.map((request, index) =>
    decideRequest(prepared, request, index, { now: NOW }),
  );
  return statementCoverage(policies.map(coveragePolicy), decisions);
}

describe('statementCoverage', () => {
  it('requests that use one of two statements: 50%, the other listed with its Sid, index and span', () => {
    const document = policy(GET, PUT);
    const result = coverage(
      [{ id: 'app', type: 'identity', document }],
      [ask('s3:GetObject'), ask('s3:GetObject')],
    );
    expect(result.requests).toBe(2);
    const [app] = result.policies;
    expect(app).toMatchObject({ policyId: 'app', decisive: 1, countable: 2, percent: 50 });
    expect(app!.statements.map((use) => use.decided)).toEqual([2, 0]);
    expect(app!.neverUsed).toHaveLength(1);
    const unused = app!.neverUsed[0]!;
    expect(unused).toMatchObject({ index: 1, sid: 'Write', effect: 'Allow', decided: 0 });
    expect(document.slice(unused.span.start, unused.span.end)).toContain('"s3:PutObject"');
  });

  it('an Allow that matched a request a Deny refused did not decide it: only the Deny is decisive', () => {
    const deny = { Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*' };
    const allowAll = { Effect: 'Allow', Action: 's3:*', Resource: '*' };
    const result = coverage(
      [{ id: 'app', type: 'identity', document: policy(allowAll, deny) }],
      [ask('s3:DeleteObject')],
    );
    const [app] = result.policies;
    expect(app!.statements.map((use) => use.decided)).toEqual([0, 1]);
    expect(app!.neverUsed.map((use) => use.index)).toEqual([0]);
    expect(app!.percent).toBe(50);
  });

  it('every Allow that grants a request decides it, in each policy that grants it', () => {
    const result = coverage(
      [
        { id: 'a', type: 'identity', document: policy(GET, { ...GET, Sid: 'Again' }) },
        { id: 'b', type: 'identity', document: policy({ ...GET, Action: 's3:Get*' }) },
      ],
      [ask('s3:GetObject')],
    );
    expect(result.policies.map((p) => p.percent)).toEqual([100, 100]);
  });

  it("a permissions boundary's Allow caps access and decides nothing: not counted, its Deny is", () => {
    const boundary = policy(
      { Effect: 'Allow', Action: 's3:*', Resource: '*' },
      { Effect: 'Deny', Action: 's3:PutObject', Resource: '*' },
    );
    const result = coverage(
      [
        { id: 'app', type: 'identity', document: policy(GET, PUT), attachedTo: [ALICE] },
        {
          id: 'cap',
          type: 'permissions-boundary',
          document: boundary,
          attachedTo: [ALICE],
        },
      ],
      [ask('s3:GetObject'), ask('s3:PutObject')],
    );
    const cap = result.policies[1]!;
    expect(cap.statements.map((use) => use.canDecide)).toEqual([false, true]);
    expect(cap).toMatchObject({ decisive: 1, countable: 1, percent: 100, neverUsed: [] });
    // PutObject was refused by the boundary's Deny, so the identity policy's Write decided nothing.
    expect(result.policies[0]!.neverUsed.map((use) => use.sid)).toEqual(['Write']);
  });

  it('an SCP of Allows only has no percentage', () => {
    const result = coverage(
      [
        { id: 'app', type: 'identity', document: policy(GET) },
        {
          id: 'org',
          type: 'scp',
          document: policy({ Effect: 'Allow', Action: '*', Resource: '*' }),
        },
      ],
      [ask('s3:GetObject')],
    );
    expect(result.policies[1]).toMatchObject({ percent: null, countable: 0, neverUsed: [] });
  });

  it("counts a decision's weight (a call's events), rounds to one decimal, ignores other policies", () => {
    const statements = parsePolicy(policy(GET, PUT, { ...GET, Sid: 'Third' })).policy.statements;
    const result = statementCoverage(
      [{ id: 'app', type: 'identity', statements }],
      [
        { matchedStatements: [{ policyId: 'app', statementIndex: 1 }], count: 5 },
        { matchedStatements: [{ policyId: 'app', statementIndex: 2 }] },
        { matchedStatements: [{ policyId: 'account-policy', statementIndex: 0 }], count: 2 },
        { matchedStatements: [] },
      ],
    );
    expect(result.requests).toBe(9);
    const [app] = result.policies;
    expect(app!.statements.map((use) => use.decided)).toEqual([0, 5, 1]);
    expect(app!.percent).toBe(66.7);
  });

  it('no request: every statement never used, 0%', () => {
    const result = coverage([{ id: 'app', type: 'identity', document: policy(GET) }], []);
    expect(result).toMatchObject({ requests: 0, policies: [{ percent: 0, decisive: 0 }] });
    expect(result.policies[0]!.neverUsed).toHaveLength(1);
  });
});
