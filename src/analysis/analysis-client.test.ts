import { describe, expect, it } from 'vitest';
import { SEED_POLICY } from '../store/seed-policy.ts';
import { SimulationClient, type SimulationResponse } from './simulation-client.ts';

const input = (action: string) => ({
  policies: [SEED_POLICY],
  requests: [
    {
      principal: 'arn:aws:iam::111122223333:user/alice',
      action,
      resource: 'arn:aws:s3:::logs',
      context: { 'aws:MultiFactorAuthPresent': 'true' },
    },
  ],
  selected: null,
  matrix: null,
});

describe('SimulationClient', () => {
  it('runs only the newest of the inputs that arrive while it is busy', async () => {
    const client = new SimulationClient();
    const responses: SimulationResponse[] = [];
    const done = new Promise<void>((resolve) =>
      client.subscribe((response) => {
        responses.push(response);
        resolve();
      }),
    );
    client.run(input('s3:GetObject'));
    client.run(input('s3:PutObject'));
    client.run(input('s3:PutBucketLogging'));
    await done;
    expect(responses).toHaveLength(1);
    const [response] = responses;
    expect(response && 'output' in response && response.output.summary.requests).toBe(1);
    // Only the last action is one the seed policy allows.
    expect(response && 'output' in response && response.output.outcomes[0]?.decision).toBe(
      'allowed',
    );
  });
});
