import { describe, expect, it } from 'vitest';
import { ALICE, BOB_OTHER, allow, deciding, evaluate, policy } from './test-scenarios.ts';

// IAM requires unique Sids; other services' resource-based policies accept duplicates (IAM Access
// Analyzer: "Unique Sids recommended", a warning; IAM User Guide, "IAM JSON policy elements: Sid").
describe('duplicate Sids', () => {
  const sid = { Sid: 'Read' };

  it('in a bucket policy: decided as S3 decides it, the policy not set aside', () => {
    const bucket = policy('bucket', 'resource', [
      allow('s3:ListBucket', 'arn:aws:s3:::reports', { ...sid, Principal: { AWS: BOB_OTHER } }),
      allow('s3:GetObject', 'arn:aws:s3:::reports/*', { ...sid, Principal: { AWS: ALICE } }),
    ]);
    const result = evaluate([bucket], {});
    expect(result.unevaluable).toEqual([]);
    expect(result.decision).toBe('allowed');
    expect(deciding(result)).toEqual(['bucket#1']);
  });

  it('in an identity policy: unevaluable, as IAM refuses such a policy', () => {
    const identity = policy(
      'mine',
      'identity',
      [allow('s3:ListBucket', '*', sid), allow('s3:GetObject', '*', sid)],
      { attachedTo: [ALICE] },
    );
    const result = evaluate([identity], {});
    expect(result.unevaluable.map((entry) => entry.policyId)).toEqual(['mine']);
    expect(result.decision).toBe('implicitDeny');
  });
});
