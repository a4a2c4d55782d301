import { describe, expect, it } from 'vitest';
import { SCENARIO_FORMAT, type ScenarioPolicy } from '../scenario/model.ts';
import { decideRequest } from './evaluate.ts';
import { prepareScenario } from './prepare.ts';
import { ResourceIndex } from './resource-index.ts';

const ACCOUNT = '111122223333';
const role = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;
const user = (name: string) => `arn:aws:iam::${ACCOUNT}:user/${name}`;

function trust(name: string, trusted: string, attachedTo?: string[]): ScenarioPolicy {
  return {
    id: `${name}#trust`,
    type: 'trust',
    ...(attachedTo && { attachedTo }),
    document: JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: trusted }, Action: 'sts:AssumeRole' }],
    }),
  };
}

/** Ten trust policies, each of its own role, and one for every role whose name starts with "ops". */
function scenario(extra: ScenarioPolicy[] = []) {
  const policies = Array.from({ length: 10 }, (_, index) =>
    trust(`role${index}`, user(`caller${index}`), [role(`role${index}`)]),
  );
  policies.splice(4, 0, trust('ops', user('operator'), [role('ops*')]));
  return prepareScenario({
    format: SCENARIO_FORMAT,
    policies: [...policies, ...extra],
    requests: [],
  });
}

const ids = (found: readonly { source: { id: string } }[]) =>
  found.map((policy) => policy.source.id);

describe('ResourceIndex: the resource or trust policies that may apply to a resource', () => {
  it('finds the policies attached to the exact ARN, with those attached by a pattern, in scenario order', () => {
    const prepared = scenario([trust('any', user('anyone'))]);
    const index = new ResourceIndex(prepared.byType.trust);
    expect(ids(index.candidates(role('role7')))).toEqual(['ops#trust', 'role7#trust', 'any#trust']);
    expect(ids(index.candidates(role('role2')))).toEqual(['role2#trust', 'ops#trust', 'any#trust']);
    expect(ids(index.candidates(role('nobody')))).toEqual(['ops#trust', 'any#trust']);
  });

  it('gives every policy of a small layer, which is cheaper to test whole', () => {
    const prepared = prepareScenario({
      format: SCENARIO_FORMAT,
      policies: [trust('a', user('x'), [role('a')]), trust('b', user('y'), [role('b')])],
      requests: [],
    });
    expect(ids(new ResourceIndex(prepared.byType.trust).candidates(role('a')))).toEqual([
      'a#trust',
      'b#trust',
    ]);
  });
});

describe('sts:AssumeRole among many roles is decided by the trust policy of the role asked for', () => {
  const decide = (principal: string, resource: string) =>
    decideRequest(scenario(), { principal, action: 'sts:AssumeRole', resource }, 0).decision;

  it('lets in the caller its own trust names, not a caller another role trusts', () => {
    expect(decide(user('caller3'), role('role3'))).toBe('allowed');
    expect(decide(user('caller3'), role('role5'))).not.toBe('allowed');
  });

  it('applies a trust policy attached by a pattern to each role it matches', () => {
    expect(decide(user('operator'), role('ops-admin'))).toBe('allowed');
    expect(decide(user('operator'), role('role1'))).not.toBe('allowed');
  });
});
