import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../core/index.ts';
import { SEED_POLICY } from '../store/seed-policy.ts';
import type { JobContext } from './job-runner.ts';
import { createJobs } from './jobs.ts';
import { decodeParse } from './parse-transfer.ts';
import type { LintedPolicy } from './protocol.ts';

function context<T>(progress: T[] = []): JobContext<never> & { progress(value: T): void } {
  return { progress: (value: T) => progress.push(value), checkpoint: async () => true };
}

describe('the analysis jobs', () => {
  it('lint each policy and report its findings as they come', async () => {
    const jobs = createJobs(bundledCatalog());
    const progress: LintedPolicy[] = [];
    const broken = { policyId: 'b', type: 'identity' as const, document: '{' };
    const output = await jobs.lint(
      [
        { policyId: SEED_POLICY.id, type: SEED_POLICY.type, document: SEED_POLICY.document },
        broken,
      ],
      context(progress),
    );
    expect(output).toEqual({ linted: 2 });
    expect(progress.map((value) => value.policyId)).toEqual([SEED_POLICY.id, 'b']);
    expect(progress[1]?.findings.findings.map((f) => f.code)).toContain('syntax');
  });

  it('stop linting at a checkpoint once cancelled', async () => {
    const jobs = createJobs(bundledCatalog());
    const target = { policyId: 'p', type: 'identity' as const, document: SEED_POLICY.document };
    const output = await jobs.lint([target, target], {
      progress: () => {},
      checkpoint: async () => false,
    });
    expect(output).toEqual({ linted: 0 });
  });

  it('work out what a broad statement grants, off the page: counts and an allowed example', async () => {
    const jobs = createJobs(bundledCatalog());
    const text = '{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}';
    const query = { policyType: 'identity' as const, text, version: '2012-10-17' };
    const reach = await jobs.statementReach(query, context());
    expect(reach?.services).toBe(1);
    expect(reach?.total).toBeGreaterThan(100);
    expect(reach?.example?.request.action).toMatch(/^s3:/);
    const none = { ...query, text: '{"Effect": "Deny", "Action": "s3:*", "Resource": "*"}' };
    const denied = await jobs.statementReach(none, context());
    expect(denied?.leftOut).toContain('no request was found that it alone allows');
    expect(denied?.example).toBeUndefined();
  });

  it('simulate, and explain what an explanation left out', async () => {
    const jobs = createJobs(bundledCatalog());
    const job = context();
    const output = await jobs.simulate(
      {
        policies: [SEED_POLICY],
        requests: [
          {
            principal: 'arn:aws:iam::111122223333:user/alice',
            action: 's3:PutBucketLogging',
            resource: 'arn:aws:s3:::logs',
            context: { 'aws:MultiFactorAuthPresent': 'true' },
          },
        ],
        selected: 0,
        matrix: null,
      },
      job,
    );
    expect(output.outcomes.map((outcome) => outcome.decision)).toEqual(['allowed']);
    const run = output.explanation?.run ?? -1;
    expect(await jobs.otherStatements({ run, index: 0, step: 0 }, job)).toEqual([]);
    expect(await jobs.otherStatements({ run: run + 1, index: 0, step: 0 }, job)).toBeNull();
  });

  it('read a text for the page, sending only what changed since the parse it holds', async () => {
    const jobs = createJobs(bundledCatalog());
    const job = context();
    const request = { policyId: SEED_POLICY.id, document: SEED_POLICY.document };
    const first = await jobs.parse(request, job);
    const held = decodeParse(first.transfer);
    expect(held.policy.statements.map((s) => s.sid?.value)).toEqual(['VisualEditor0']);
    const edited = SEED_POLICY.document.replace('"true"', '"false"');
    const second = await jobs.parse({ ...request, document: edited, base: first.id }, job);
    expect(second.id).not.toBe(first.id);
    const next = decodeParse(second.transfer, held);
    expect(next.policy.statements[0]?.conditions[0]?.keys[0]?.values[0]?.value).toBe('false');
  });
});
