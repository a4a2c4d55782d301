import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAccountDetailsText } from './gaad.ts';

/*
 * AWS's documented example output (see gaad.test.ts) with a second version of the policy
 * S3-read-only-specific-bucket: v2, the default, also allows s3:PutObject; v1 stays listed, as
 * ManagedPolicyDetail.PolicyVersionList lists every version
 * (https://docs.aws.amazon.com/IAM/latest/APIReference/API_ManagedPolicyDetail.html). v1's
 * document is URL-encoded, as the API (not the CLI) returns it.
 */
const FIXTURE = readFileSync(new URL('./__fixtures__/gaad.json', import.meta.url), 'utf8');

const V1 = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: '*' }],
};

function withTwoVersions(edit: (versions: Record<string, unknown>[]) => void = () => undefined) {
  const details = JSON.parse(FIXTURE) as { Policies: Record<string, unknown>[] };
  const policy = details.Policies.find((p) => p.PolicyName === 'S3-read-only-specific-bucket')!;
  const [current] = policy.PolicyVersionList as Record<string, unknown>[];
  const versions = [
    { ...current, VersionId: 'v2', CreateDate: '2015-03-01T10:00:00Z' },
    {
      CreateDate: '2015-01-21T21:39:41Z',
      VersionId: 'v1',
      Document: encodeURIComponent(JSON.stringify(V1)),
      IsDefaultVersion: false,
    },
  ];
  edit(versions);
  Object.assign(policy, { DefaultVersionId: 'v2', PolicyVersionList: versions });
  const result = readAccountDetailsText(JSON.stringify(details), undefined);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('readAccountDetailsText: the versions of a managed policy', () => {
  it('keeps the versions other than the default one, their documents decoded', () => {
    const { account } = withTwoVersions();
    const policy = account.policies.find((p) => p.name === 'S3-read-only-specific-bucket');
    expect(policy?.defaultVersionId).toBe('v2');
    expect(policy?.otherVersions).toEqual([
      { versionId: 'v1', document: expect.any(String), createDate: '2015-01-21T21:39:41Z' },
    ]);
    expect(JSON.parse(policy!.otherVersions![0]!.document)).toEqual(V1);
  });

  it('lists no other versions for a policy with one', () => {
    const { account } = withTwoVersions();
    const single = account.policies.find(
      (p) => p.name === 'create-update-delete-set-managed-policies',
    );
    expect(single).toBeDefined();
    expect(single).not.toHaveProperty('otherVersions');
  });

  it('leaves out a version whose document is not JSON, or that has no VersionId, saying where', () => {
    const { account, problems } = withTwoVersions((versions) => {
      versions[1]!.Document = '{not json';
      versions.push({ Document: V1, IsDefaultVersion: false });
    });
    const policy = account.policies.find((p) => p.name === 'S3-read-only-specific-bucket');
    expect(policy?.document).toBeDefined();
    expect(policy).not.toHaveProperty('otherVersions');
    expect(problems.map((problem) => problem.path)).toEqual(
      expect.arrayContaining([
        'Policies[1].PolicyVersionList[1].Document',
        'Policies[1].PolicyVersionList[2]',
      ]),
    );
  });
});
