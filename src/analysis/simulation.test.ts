import { describe, expect, it } from 'vitest';
import { largeScenario } from './large-scenario.ts';
import { SEED_POLICY } from '../store/seed-policy.ts';
import { type ParsedPolicy } from '../core/index.ts';
import { ParsedTexts } from './parsed-texts.ts';
import { createSimulator } from './simulation.ts';

const request = (context?: Record<string, string>) => ({
  principal: 'arn:aws:iam::111122223333:user/alice',
  action: 's3:PutBucketLogging',
  resource: 'arn:aws:s3:::logs',
  expect: 'allowed' as const,
  ...(context ? { context } : {}),
});

class RecordedParses extends ParsedTexts {
  readonly read: string[] = [];
  override get(policyId: string, document: string): ParsedPolicy {
    this.read.push(policyId);
    return super.get(policyId, document);
  }
}

describe('createSimulator', () => {
  it('reads each new text with the parses it is given, those lint shares', () => {
    const parses = new RecordedParses();
    const simulate = createSimulator(parses);
    const input = { policies: [SEED_POLICY], requests: [request()], selected: null, matrix: null };
    simulate(input);
    simulate({ ...input, selected: 0 });
    simulate({ ...input, requests: [request(), request()] });
    expect(parses.read).toEqual([SEED_POLICY.id]);
  });

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

  it('sends a compact explanation and the left-out statements only when asked, for the current run', () => {
    const simulate = createSimulator();
    const { policies, requests } = largeScenario();
    const input = { policies, requests, selected: 1, matrix: null };
    const sent = simulate(input).explanation!;
    const identity = sent.explanation.steps.findIndex((step) => step.kind === 'identity');
    const step = sent.explanation.steps[identity]!;
    const kept = step.policies.flatMap((policy) => policy.statements);
    // Request 1 (dynamodb:Query on table t1) matches one Allow in each of the 20 policies.
    expect(kept).toHaveLength(20);
    expect(kept.every((statement) => statement.applies)).toBe(true);
    expect(step.others).toBe(20 * 50 - 20);
    const query = { run: sent.run, index: 1, step: identity };
    const others = simulate.otherStatements(query);
    expect(others).toHaveLength(20 * 50 - 20);
    expect(others?.some((statement) => statement.applies)).toBe(false);
    simulate({ ...input, requests: requests.slice(1) });
    expect(simulate.otherStatements(query)).toBeNull();
  });
});
