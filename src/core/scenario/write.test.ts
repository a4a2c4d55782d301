import { describe, expect, it } from 'vitest';
import type { Account, ManagedPolicy } from '../account/model.ts';
import { SCENARIO_FORMAT } from './model.ts';
import { writeScenario } from './write.ts';

/** The account's managed policy at its default version: all the scenario keeps of it. */
const atDefaultVersion: ManagedPolicy = {
  arn: 'arn:aws:iam::123456789012:policy/app',
  name: 'app',
  path: '/',
  defaultVersionId: 'v2',
  document: '{"Statement":[]}',
  isAwsManaged: false,
};

const account: Account = {
  users: [],
  groups: [],
  roles: [],
  policies: [
    {
      ...atDefaultVersion,
      otherVersions: [{ versionId: 'v1', document: '{"Statement":[]}' }],
    },
  ],
};

describe('writeScenario: an account', () => {
  it('writes the managed policies at their default version, without the other versions', () => {
    const written = JSON.parse(
      writeScenario({ format: SCENARIO_FORMAT, policies: [], requests: [], account }),
    );
    expect(written.account.policies).toEqual([atDefaultVersion]);
    expect(account.policies[0]!.otherVersions).toHaveLength(1);
  });
});
