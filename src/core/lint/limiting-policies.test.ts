import { describe, expect, it } from 'vitest';
import { POLICY_TYPES, type PolicyType } from '../scenario/model.ts';
import { testCatalog } from './test-catalog.ts';
import { lintPolicy } from './lint-policy.ts';
import { findingsWithCode, policyText } from './testing.ts';

/** AWS's own FullAWSAccess SCP, attached to every root, OU and account by default. */
const FULL_AWS_ACCESS = policyText([{ Effect: 'Allow', Action: '*', Resource: '*' }]);

const GRANT_RULES = ['wildcard-action', 'wildcard-resource', 'passrole-unscoped'];

/*
 * SCPs and RCPs grant nothing ("No permissions are granted by an SCP"), nor do permissions
 * boundaries ("does not provide permissions on its own") or session policies ("do not grant
 * permissions"): an Allow of everything in them only leaves the limit to their Deny statements.
 */
const LIMITING: PolicyType[] = ['scp', 'rcp', 'permissions-boundary', 'session'];
const GRANTING = POLICY_TYPES.filter((type) => !LIMITING.includes(type));

describe('grant checks and policies that grant nothing by themselves', () => {
  // (An RCP a user writes may only deny, rcp-syntax says: only AWS's RCPFullAWSAccess allows.)
  it("finds nothing at all in AWS's own FullAWSAccess SCP", () => {
    expect(lintPolicy(FULL_AWS_ACCESS, 'scp', testCatalog())).toEqual([]);
  });

  it.each(LIMITING.flatMap((type) => GRANT_RULES.map((code) => [type, code])))(
    'a %s allowing "*" on "*" (FullAWSAccess) gets no %s finding',
    (type, code) => {
      expect(findingsWithCode(code, FULL_AWS_ACCESS, type as PolicyType, testCatalog())).toEqual(
        [],
      );
    },
  );

  it.each(GRANTING.flatMap((type) => GRANT_RULES.map((code) => [type, code])))(
    'a %s allowing "*" on "*" gets a %s finding',
    (type, code) => {
      expect(
        findingsWithCode(code, FULL_AWS_ACCESS, type as PolicyType, testCatalog()),
      ).toHaveLength(1);
    },
  );
});
