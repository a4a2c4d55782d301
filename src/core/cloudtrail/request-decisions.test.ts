import { describe, expect, it } from 'vitest';
import { decideRequest, prepareScenario } from '../engine/evaluate.ts';
import type { Account } from '../account/model.ts';
import { SCENARIO_FORMAT, type Scenario, type ScenarioPolicy } from '../scenario/model.ts';
import type { RequestContext } from './event-context.ts';
import { RequestDecisions } from './request-decisions.ts';

const ROLE = 'arn:aws:iam::111122223333:role/reader';
const session = (name: string) => `arn:aws:sts::111122223333:assumed-role/reader/${name}`;
const OBJECT = 'arn:aws:s3:::reports/a.csv';
const NOW = new Date('2024-05-01T12:00:00Z');

function policy(
  type: ScenarioPolicy['type'],
  statement: object,
  attachedTo?: string,
): ScenarioPolicy {
  return {
    id: `p${Math.random()}`,
    type,
    ...(attachedTo !== undefined && { attachedTo: [attachedTo] }),
    document: JSON.stringify({ Version: '2012-10-17', Statement: [statement] }),
  };
}

const reads = (condition?: object, resource = 'arn:aws:s3:::reports/*') =>
  policy(
    'identity',
    {
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: resource,
      ...(condition && { Condition: condition }),
    },
    ROLE,
  );

interface Asked {
  principal: string;
  context: RequestContext;
  now?: Date;
}

/** Each request's decision through the cache, checked against the engine's own, and how many were made. */
function decided(policies: ScenarioPolicy[], asked: Asked[], account?: Account) {
  const scenario = (): Scenario => ({
    format: SCENARIO_FORMAT,
    policies,
    requests: [],
    ...(account && { account }),
  });
  const prepared = prepareScenario(scenario());
  const decisions = new RequestDecisions(prepared);
  const results = asked.map(({ principal, context, now = NOW }, index) => {
    const result = decisions.decide(principal, 's3:GetObject', OBJECT, context, index, now);
    const request = { principal, action: 's3:GetObject', resource: OBJECT, context };
    const engine = decideRequest(prepareScenario(scenario()), request, index, { now });
    expect(result.decision).toBe(engine.decision);
    return result.decision;
  });
  return { results, made: decisions.size };
}

describe('requests decided once each (RequestDecisions)', () => {
  it("decides once the requests that differ in what no policy reads: the role's session, aws:userid, aws:SourceIp", () => {
    const { results, made } = decided(
      [reads()],
      [
        {
          principal: session('a'),
          context: { 'aws:userid': 'AROA1:a', 'aws:SourceIp': '192.0.2.1' },
        },
        {
          principal: session('b'),
          context: { 'aws:userid': 'AROA1:b', 'aws:SourceIp': '192.0.2.2' },
        },
      ],
    );
    expect(results).toEqual(['allowed', 'allowed']);
    expect(made).toBe(1);
  });

  it('decides apart the requests that differ in a key a condition reads', () => {
    const { results, made } = decided(
      [reads({ IpAddress: { 'aws:SourceIp': '192.0.2.0/30' } })],
      [
        { principal: session('a'), context: { 'aws:SourceIp': '192.0.2.1' } },
        { principal: session('a'), context: { 'aws:SourceIp': '192.0.2.9' } },
        { principal: session('b'), context: { 'aws:sourceip': '192.0.2.1' } },
      ],
    );
    expect(results).toEqual(['allowed', 'implicitDeny', 'allowed']);
    expect(made).toBe(3);
  });

  it("decides apart the requests that differ in a policy variable's key", () => {
    const { results } = decided(
      [reads(undefined, 'arn:aws:s3:::reports/${aws:userid}*')],
      [
        { principal: session('a'), context: { 'aws:userid': 'a' } },
        { principal: session('b'), context: { 'aws:userid': 'b' } },
      ],
    );
    expect(results).toEqual(['allowed', 'implicitDeny']);
  });

  it('decides at each time when a policy reads the time', () => {
    const { results } = decided(
      [reads({ DateLessThan: { 'aws:CurrentTime': '2024-06-01T00:00:00Z' } })],
      [
        { principal: session('a'), context: {} },
        { principal: session('a'), context: {}, now: new Date('2024-07-01T00:00:00Z') },
      ],
    );
    expect(results).toEqual(['allowed', 'implicitDeny']);
  });

  it('keeps sessions apart when a Principal names one', () => {
    const bucket = policy(
      'resource',
      { Effect: 'Allow', Principal: { AWS: session('a') }, Action: 's3:GetObject', Resource: '*' },
      'arn:aws:s3:::reports/*',
    );
    const { results, made } = decided(
      [bucket],
      [
        { principal: session('a'), context: {} },
        { principal: session('b'), context: {} },
      ],
    );
    expect(results).toEqual(['allowed', 'implicitDeny']);
    expect(made).toBe(2);
  });

  it('keeps sessions apart when a policy applies to one of them only', () => {
    const onlyA = policy(
      'identity',
      { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
      session('a'),
    );
    const { results } = decided(
      [onlyA],
      [
        { principal: session('a'), context: {} },
        { principal: session('b'), context: {} },
      ],
    );
    expect(results).toEqual(['allowed', 'implicitDeny']);
  });

  it("reads the keys of the account's policies, prepared at the principal's first request", () => {
    const reader: Account = {
      id: '111122223333',
      users: [],
      groups: [],
      policies: [],
      roles: [
        {
          name: 'reader',
          arn: ROLE,
          path: '/',
          trust: '{}',
          attached: [],
          inline: [
            {
              name: 'office',
              document: JSON.stringify({
                Version: '2012-10-17',
                Statement: [
                  {
                    Effect: 'Allow',
                    Action: 's3:GetObject',
                    Resource: '*',
                    Condition: { IpAddress: { 'aws:SourceIp': '192.0.2.0/30' } },
                  },
                ],
              }),
            },
          ],
          tags: {},
          instanceProfiles: [],
        },
      ],
    };
    const { results } = decided(
      [],
      [
        { principal: session('a'), context: { 'aws:SourceIp': '192.0.2.1' } },
        { principal: session('b'), context: { 'aws:SourceIp': '192.0.2.9' } },
      ],
      reader,
    );
    expect(results).toEqual(['allowed', 'implicitDeny']);
  });
});
