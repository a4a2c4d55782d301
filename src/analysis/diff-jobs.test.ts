import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../core/index.ts';
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
      { old: policy('s3:GetObject'), new: policy('s3:GetObject*'), type: 'identity' },
      going,
    );
    expect(result?.result).toBe('new-access');
    expect(result?.newAccess.flatMap((finding) => finding.actions)).toContain(
      's3:GetObjectTagging',
    );
    expect(result?.unknown).toEqual([]);
  });

  it('answers null when cancelled while the services load', async () => {
    const { diffPolicies } = createDiffJobs(bundledCatalog());
    const result = await diffPolicies(
      { old: policy('sqs:SendMessage'), new: policy('sqs:*'), type: 'identity' },
      { progress: () => {}, checkpoint: async () => false },
    );
    expect(result).toBeNull();
  });
});
