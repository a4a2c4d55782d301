import { describe, expect, it } from 'vitest';
import { bundledCatalog, SCENARIO_FORMAT, type Scenario } from '../core/index.ts';
import { createDiffJobs } from './diff-jobs.ts';

const policy = (action: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }],
  });

const going = { progress: () => {}, checkpoint: async () => true };

describe('the diff job', () => {
  it('loads the services the versions name and finds what the new one grants', async () => {
    // A fresh catalog: nothing loaded but what the job loads itself.
    const { diffPolicies } = createDiffJobs(bundledCatalog());
    const result = await diffPolicies(
      {
        kind: 'policy',
        old: policy('s3:GetObject'),
        new: policy('s3:GetObject*'),
        type: 'identity',
      },
      going,
    );
    expect(result?.result).toBe('new-access');
    expect(result?.newAccess.flatMap((finding) => finding.actions)).toContain(
      's3:GetObjectTagging',
    );
    expect(result?.unknown).toEqual([]);
  });

  it('decides the same requests by the whole of each scenario', async () => {
    const { diffPolicies } = createDiffJobs(bundledCatalog());
    const alice = 'arn:aws:iam::111122223333:user/alice';
    const asked = (action: string) => ({
      principal: alice,
      action,
      resource: 'arn:aws:s3:::reports/q1.csv',
      resourceAccount: '111122223333',
    });
    const scenario = (action: string): Scenario => ({
      format: SCENARIO_FORMAT,
      policies: [
        { id: 'p', type: 'identity', document: policy(action), attachedTo: [alice] },
        { id: 'guard', type: 'permissions-boundary', document: policy('s3:GetObject*') },
      ],
      requests: [asked('s3:GetObjectTagging'), asked('s3:PutObject')],
    });
    const result = await diffPolicies(
      { kind: 'scenario', old: scenario('s3:GetObject'), new: scenario('s3:*') },
      going,
    );
    // The boundary still refuses PutObject: only the tagging read is new.
    expect(result?.result).toBe('new-access');
    expect(result?.newAccess.map((finding) => finding.request)).toEqual([
      asked('s3:GetObjectTagging'),
    ]);
  });

  it('answers null when cancelled while the services load', async () => {
    const { diffPolicies } = createDiffJobs(bundledCatalog());
    const result = await diffPolicies(
      { kind: 'policy', old: policy('sqs:SendMessage'), new: policy('sqs:*'), type: 'identity' },
      { progress: () => {}, checkpoint: async () => false },
    );
    expect(result).toBeNull();
  });
});
