import { describe, expect, it } from 'vitest';
import { ALICE, allow, evaluate, policy, policyText } from './test-scenarios.ts';

describe('large and hostile policies never crash the evaluator', () => {
  it('evaluates a policy of 10,000 statements, and the last one decides', () => {
    const statements = Array.from({ length: 10_000 }, (_, index) => allow(`s3:Action${index}`));
    const started = performance.now();
    const result = evaluate([policy('big', 'identity', statements)], { action: 's3:Action9999' });
    expect(result.decision).toBe('allowed');
    expect(result.matchedStatements.map((statement) => statement.statementIndex)).toEqual([9999]);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('evaluates a 1 MB policy', () => {
    const resources = Array.from(
      { length: 30_000 },
      (_, index) => `arn:aws:s3:::bucket-${index}/*`,
    );
    const document = policyText([allow('s3:GetObject', resources as unknown as string)]);
    expect(document.length).toBeGreaterThan(1_000_000);
    const result = evaluate([{ id: 'huge', type: 'identity', document }], {
      resource: 'arn:aws:s3:::bucket-29999/k',
    });
    expect(result.decision).toBe('allowed');
  });

  it('reports a deeply nested policy as unevaluable instead of throwing', () => {
    const document = `{"Version":"2012-10-17","Statement":${'['.repeat(50_000)}${']'.repeat(50_000)}}`;
    const result = evaluate([{ id: 'deep', type: 'identity', document, attachedTo: [ALICE] }], {});
    expect(result.unevaluable.map((entry) => entry.policyId)).toEqual(['deep']);
    expect(result.decision).toBe('implicitDeny');
  });
});
