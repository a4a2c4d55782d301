import { describe, expect, it } from 'vitest';
import type { ScenarioPolicy } from '../../../core/index.ts';
import { EMPTY_POLICY_DOCUMENT } from '../../../store/policy-ops.ts';
import { comparablePolicies, comparedVersions } from './compared-versions.ts';

const seed: ScenarioPolicy = { id: 'seed', name: 'Seed', type: 'identity', document: 'now' };
const other: ScenarioPolicy = { id: 'other', type: 'identity', document: 'other text' };
const scp: ScenarioPolicy = { id: 'guard', type: 'scp', document: '{}' };
const policies = [seed, other, scp];

describe('the versions a comparison shows', () => {
  it('are the policy as opened and as it is now', () => {
    const opened = comparedVersions({ policyId: 'seed', against: { kind: 'opened' } }, policies, {
      seed: 'then',
    });
    expect(opened).toMatchObject({ old: 'then', policy: seed, type: 'identity' });
  });

  it('are an empty policy and the policy, for one added since the workspace was opened', () => {
    const added = comparedVersions({ policyId: 'seed', against: { kind: 'opened' } }, policies, {});
    expect(added).toMatchObject({
      old: EMPTY_POLICY_DOCUMENT,
      oldLabel: 'no policy (added since)',
    });
  });

  it('are another policy and this one, named by its id when it has no name', () => {
    const against = { kind: 'policy' as const, policyId: 'other' };
    expect(comparedVersions({ policyId: 'seed', against }, policies, {})).toMatchObject({
      old: 'other text',
      oldLabel: 'other',
    });
  });

  it('are none once a policy compared is gone', () => {
    const against = { kind: 'policy' as const, policyId: 'deleted' };
    expect(comparedVersions({ policyId: 'seed', against }, policies, {})).toBeUndefined();
    expect(comparedVersions(null, policies, {})).toBeUndefined();
  });

  it('offer the other policies of the same type only', () => {
    expect(comparablePolicies(seed, policies)).toEqual([other]);
  });
});
