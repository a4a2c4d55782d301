import { describe, expect, it } from 'vitest';
import { SEED_POLICY } from './seed-policy.ts';
import { createSimulator } from './simulation.ts';

const request = (context?: Record<string, string>) => ({
  principal: 'arn:aws:iam::111122223333:user/alice',
  action: 's3:PutBucketLogging',
  resource: 'arn:aws:s3:::logs',
  expect: 'allowed' as const,
  ...(context ? { context } : {}),
});

describe('createSimulator', () => {
  it('decides every request and explains only the selected one', () => {
    const simulate = createSimulator();
    const output = simulate({
      policies: [SEED_POLICY],
      requests: [request(), request({ 'aws:MultiFactorAuthPresent': 'true' })],
      selected: 1,
      matrix: null,
    });
    expect(output.outcomes.map((o) => [o.decision, o.pass])).toEqual([
      ['implicitDeny', false],
      ['allowed', true],
    ]);
    expect(output.summary).toMatchObject({ requests: 2, allowed: 1, failedExpectations: 1 });
    expect(output.explanation?.index).toBe(1);
    expect(output.explanation?.explanation.deciding.map((s) => s.sid)).toEqual(['VisualEditor0']);
    expect(output.outcomes[0]).not.toHaveProperty('layers');
  });

  it('reuses the last evaluation when only the selection changes', () => {
    const simulate = createSimulator();
    const input = { policies: [SEED_POLICY], requests: [request()], selected: null, matrix: null };
    const first = simulate(input);
    const second = simulate({ ...structuredClone(input), selected: 0 });
    expect(second.outcomes[0]?.matchedStatements).toBe(first.outcomes[0]?.matchedStatements);
    const edited = simulate({ ...input, policies: [{ ...SEED_POLICY, document: '{}' }] });
    expect(edited.outcomes[0]?.matchedStatements).not.toBe(first.outcomes[0]?.matchedStatements);
  });

  it('re-decides when a policy keeps its text but changes type', () => {
    const simulate = createSimulator();
    const mfa = [request({ 'aws:MultiFactorAuthPresent': 'true' })];
    const input = { policies: [SEED_POLICY], requests: mfa, selected: 0, matrix: null };
    expect(simulate(input).outcomes[0]?.decision).toBe('allowed');
    // A resource-based policy without a Principal grants nothing.
    const asResource = { ...SEED_POLICY, type: 'resource' as const };
    expect(simulate({ ...input, policies: [asResource] }).outcomes[0]?.decision).toBe(
      'implicitDeny',
    );
  });

  it('computes the matrix row by action, column by resource, skipping blank lines', () => {
    const simulate = createSimulator();
    const output = simulate({
      policies: [SEED_POLICY],
      requests: [],
      selected: null,
      matrix: {
        principal: 'arn:aws:iam::111122223333:user/alice',
        actions: ['s3:PutBucketLogging', ' ', 's3:GetObject'],
        resources: ['arn:aws:s3:::a', 'arn:aws:s3:::b/key'],
        context: { 'aws:MultiFactorAuthPresent': 'true' },
      },
    });
    expect(output.matrix?.actions).toEqual(['s3:PutBucketLogging', 's3:GetObject']);
    expect(output.matrix?.cells.map((row) => row.map((cell) => cell.decision))).toEqual([
      ['allowed', 'allowed'],
      ['implicitDeny', 'implicitDeny'],
    ]);
  });
});
