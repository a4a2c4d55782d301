import { describe, expect, it } from 'vitest';
import type { Account, ScenarioPolicy } from '../../../core/index.ts';
import { EMPTY_POLICY_DOCUMENT } from '../../../store/policy-ops.ts';
import { comparablePolicies, comparedVersions, otherVersionsOf } from './compared-versions.ts';

const seed: ScenarioPolicy = { id: 'seed', name: 'Seed', type: 'identity', document: 'now' };
const other: ScenarioPolicy = { id: 'other', type: 'identity', document: 'other text' };
const scp: ScenarioPolicy = { id: 'guard', type: 'scp', document: '{}' };
const policies = [seed, other, scp];

describe('the versions a comparison shows', () => {
  it('are the policy as opened and as it is now', () => {
    const opened = comparedVersions(
      { policyId: 'seed', against: { kind: 'opened' } },
      policies,
      new Map([['seed', 'then']]),
    );
    expect(opened).toMatchObject({ old: 'then', policy: seed, type: 'identity' });
  });

  it('are an empty policy and the policy, for one added since the workspace was opened', () => {
    const added = comparedVersions(
      { policyId: 'seed', against: { kind: 'opened' } },
      policies,
      new Map(),
    );
    expect(added).toMatchObject({
      old: EMPTY_POLICY_DOCUMENT,
      oldLabel: 'no policy (added since)',
    });
  });

  it('are another policy and this one, named by its id when it has no name', () => {
    const against = { kind: 'policy' as const, policyId: 'other' };
    expect(comparedVersions({ policyId: 'seed', against }, policies, new Map())).toMatchObject({
      old: 'other text',
      oldLabel: 'other',
    });
  });

  it('are none once a policy compared is gone', () => {
    const against = { kind: 'policy' as const, policyId: 'deleted' };
    expect(comparedVersions({ policyId: 'seed', against }, policies, new Map())).toBeUndefined();
    expect(comparedVersions(null, policies, new Map())).toBeUndefined();
  });

  it('offer the other policies of the same type only', () => {
    expect(comparablePolicies(seed, policies)).toEqual([other]);
  });
});

const ARN = 'arn:aws:iam::123456789012:policy/app';
const account: Account = {
  users: [],
  groups: [],
  roles: [],
  policies: [
    {
      arn: ARN,
      name: 'app',
      path: '/',
      defaultVersionId: 'v2',
      document: 'v2 text',
      isAwsManaged: false,
      otherVersions: [{ versionId: 'v1', document: 'v1 text', createDate: '2015-01-21T21:39:41Z' }],
    },
  ],
};
const managed: ScenarioPolicy = { ...seed, document: 'edited', accountPolicy: ARN };

describe("the versions of an account's managed policy", () => {
  it('are offered for the policy standing for it, as a managed policy or a boundary', () => {
    expect(otherVersionsOf(managed, account).map((v) => v.versionId)).toEqual(['v1']);
    const boundary = { ...managed, accountPolicy: `${ARN}#boundary` };
    expect(otherVersionsOf(boundary, account).map((v) => v.versionId)).toEqual(['v1']);
    expect(otherVersionsOf(seed, account)).toEqual([]);
    expect(otherVersionsOf(managed, undefined)).toEqual([]);
  });

  it('are compared with the policy as it is, named with their date', () => {
    const against = { kind: 'version' as const, versionId: 'v1' };
    expect(
      comparedVersions({ policyId: 'seed', against }, [managed], new Map(), account),
    ).toMatchObject({
      old: 'v1 text',
      oldLabel: 'version v1 of 2015-01-21',
      policy: managed,
    });
    const gone = { kind: 'version' as const, versionId: 'v9' };
    expect(
      comparedVersions({ policyId: 'seed', against: gone }, [managed], new Map(), account),
    ).toBe(undefined);
  });
});
