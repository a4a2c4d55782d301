import { describe, expect, it } from 'vitest';
import { readScenario } from '../scenario/read.ts';
import { buildRequestContext } from './context.ts';
import { prepareScenario, simulate } from './evaluate.ts';
import { parseRequestPrincipal } from '../principal/request-principal.ts';
import { NOW } from './test-scenarios.ts';

/**
 * Keys named like Object members ("__proto__", "constructor", "toString"...) are ordinary context,
 * tag and condition keys: a Deny conditioned on one must deny, from a scenario file to the decision.
 */

const KEYS = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'aws:PrincipalTag/__proto__',
  'aws:ResourceTag/constructor',
];

function scenarioText(key: string, value: string | string[], operator = 'StringEquals'): string {
  const policy = {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
      {
        Effect: 'Deny',
        Action: 's3:GetObject',
        Resource: '*',
        // Written as text: an object literal would treat "__proto__" as the prototype.
        Condition: JSON.parse(`{"${operator}": {"${key}": "v"}}`) as unknown,
      },
    ],
  };
  return `{
    "format": "iam-policy-studio/scenario@1",
    "policies": [{ "id": "p", "type": "identity", "document": ${JSON.stringify(JSON.stringify(policy))} }],
    "requests": [{ "principal": "arn:aws:iam::111122223333:user/alice", "action": "s3:GetObject",
                   "resource": "*", "context": { "${key}": ${JSON.stringify(value)} } }]
  }`;
}

function decisionOf(text: string) {
  const read = readScenario(text);
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return simulate(read.scenario, { now: NOW }).results[0]?.decision;
}

describe('keys named like Object members', () => {
  it.each(KEYS)('a Deny on the condition key %s applies when the request has it', (key) => {
    expect(decisionOf(scenarioText(key, 'v'))).toBe('explicitDeny');
    expect(decisionOf(scenarioText(key, 'other'))).toBe('allowed');
  });

  it('a multivalued "__proto__" key is a context key, not a prototype', () => {
    expect(decisionOf(scenarioText('__proto__', ['x', 'v'], 'ForAnyValue:StringEquals'))).toBe(
      'explicitDeny',
    );
  });

  it('a key the request lacks is absent, even when Object has a member of that name', () => {
    const context = buildRequestContext(
      {},
      parseRequestPrincipal('arn:aws:iam::111122223333:user/alice'),
      undefined,
      NOW,
    );
    for (const key of KEYS) expect(context.get(key)).toBeUndefined();
  });

  it("reads only the context object's own keys", () => {
    const inherited = Object.create({ 'aws:PrincipalTag/role': 'admin' }) as Record<string, string>;
    inherited['aws:PrincipalTag/team'] = 'data';
    const context = buildRequestContext(
      inherited,
      parseRequestPrincipal('arn:aws:iam::111122223333:user/alice'),
      undefined,
      NOW,
    );
    expect(context.get('aws:PrincipalTag/team')).toEqual(['data']);
    expect(context.get('aws:PrincipalTag/role')).toBeUndefined();
  });

  it('a condition operator named "__proto__" is reported, not silently dropped', () => {
    const read = readScenario(scenarioText('k', 'v', '__proto__'));
    if (!read.ok) throw new Error('unreadable');
    const [problems] = prepareScenario(read.scenario).policyProblems;
    expect(problems?.problems.map((problem) => problem.message)).toContain(
      'Unknown condition operator "__proto__"',
    );
  });
});
