import { afterEach, describe, expect, it, vi } from 'vitest';
import { selectDecisionMarks } from '../store/analysis-selectors.ts';
import { SEED_POLICY } from '../store/seed-policy.ts';
import { createStudioStore } from '../store/store.ts';
import { AnalysisClient, connectAnalysisWorker, type RunOptions } from './analysis-client.ts';
import { parsePolicy } from '../core/index.ts';
import {
  connectAnalysis,
  FINDINGS_BATCH_MS,
  LARGE_SIMULATION_PAUSE_MS,
  lintDelay,
} from './connect-store.ts';
import { LARGE_POLICY } from './policy-analysis.ts';
import type { JobInput, JobKind } from './protocol.ts';

const MFA_REQUEST = {
  principal: 'arn:aws:iam::111122223333:user/alice',
  action: 's3:PutBucketLogging',
  resource: 'arn:aws:s3:::logs',
  context: { 'aws:MultiFactorAuthPresent': 'true' },
};

/** A client that records the jobs asked for and answers none of them. */
function recordingClient() {
  const runs: { kind: JobKind; input: unknown; options?: RunOptions<JobKind> }[] = [];
  const client = {
    run: <K extends JobKind>(kind: K, input: JobInput<K>, options?: RunOptions<K>) => {
      runs.push({ kind, input, options: options as RunOptions<JobKind> });
      return new Promise<undefined>(() => {});
    },
  };
  const lints = () => runs.filter((run) => run.kind === 'lint').map((run) => run.input);
  return { client, runs, lints };
}

afterEach(() => vi.useRealTimers());

describe('connectAnalysis', () => {
  it('simulates the scenario and marks the deciding statement with no view shown at all', async () => {
    const store = createStudioStore();
    const stop = connectAnalysis(store, new AnalysisClient(connectAnalysisWorker));
    store.getState().actions.addRequest(MFA_REQUEST);
    await vi.waitFor(() => {
      const response = store.getState().simulation?.response;
      expect(response && 'output' in response && response.output.summary.allowed).toBe(1);
    }, 5000);
    const marks = selectDecisionMarks(store.getState(), SEED_POLICY.id);
    expect(marks?.deciding.map((statement) => statement.effect)).toEqual(['Allow']);
    stop();
  });

  it('puts each policy’s findings in the store, for the text linted', async () => {
    const store = createStudioStore();
    const stop = connectAnalysis(store, new AnalysisClient(connectAnalysisWorker));
    const id = store.getState().actions.addPolicy('identity', '{"Statement": [');
    await vi.waitFor(() => {
      const codes = store
        .getState()
        .policyFindings.get(id)
        ?.findings.map((f) => f.code);
      expect(codes).toContain('syntax');
    }, 5000);
    expect(store.getState().policyFindings.get(SEED_POLICY.id)?.document).toBe(
      SEED_POLICY.document,
    );
    stop();
  });

  it('lints an edit once typing pauses, and a policy never linted at once', () => {
    vi.useFakeTimers();
    const store = createStudioStore();
    const { client, lints } = recordingClient();
    const stop = connectAnalysis(store, client);
    vi.advanceTimersByTime(0);
    expect(lints()).toHaveLength(1);
    // Answered: the seed policy is linted for its text.
    store.getState().actions.setPolicyFindings(SEED_POLICY.id, {
      document: SEED_POLICY.document,
      type: SEED_POLICY.type,
      findings: [],
    });
    const edit = (text: string) => store.getState().actions.setPolicyDocument(SEED_POLICY.id, text);
    edit(`${SEED_POLICY.document} `);
    vi.advanceTimersByTime(lintDelay(SEED_POLICY.document.length) - 10);
    edit(`${SEED_POLICY.document}  `);
    vi.advanceTimersByTime(lintDelay(SEED_POLICY.document.length) - 10);
    expect(lints()).toHaveLength(1);
    vi.advanceTimersByTime(10);
    expect(lints()).toEqual([
      expect.anything(),
      [{ policyId: SEED_POLICY.id, type: 'identity', document: `${SEED_POLICY.document}  ` }],
    ]);
    const added = store.getState().actions.addPolicy('scp');
    vi.advanceTimersByTime(0);
    expect(lints().at(-1)).toContainEqual(expect.objectContaining({ policyId: added }));
    stop();
  });

  it('lints again when an edit is undone while the edited text is being linted, not after a replaced run', async () => {
    vi.useFakeTimers();
    const store = createStudioStore();
    const runs: { input: JobInput<'lint'>; answer(): void; replace(): void }[] = [];
    const client = {
      run: <K extends JobKind>(kind: K, input: JobInput<K>, options?: RunOptions<K>) => {
        if (kind !== 'lint') return new Promise<undefined>(() => {});
        const lint = input as JobInput<'lint'>;
        const onProgress = (options as RunOptions<'lint'> | undefined)?.onProgress;
        return new Promise<{ linted: number } | undefined>((resolve) => {
          runs.push({
            input: lint,
            answer: () => {
              for (const { policyId, type, document } of lint)
                onProgress?.({ policyId, findings: { document, type, findings: [] } });
              resolve({ linted: lint.length });
            },
            replace: () => resolve(undefined),
          });
        });
      },
    };
    const stop = connectAnalysis(store, client);
    vi.advanceTimersByTime(0);
    runs[0]!.answer();
    await vi.advanceTimersByTimeAsync(FINDINGS_BATCH_MS);
    const edit = (text: string) => store.getState().actions.setPolicyDocument(SEED_POLICY.id, text);
    edit('{ "Version": "2012-10-17" ');
    vi.advanceTimersByTime(lintDelay(SEED_POLICY.document.length));
    expect(runs).toHaveLength(2);
    // Undone while that run goes on: the store still holds the findings of the seed text.
    edit(SEED_POLICY.document);
    runs[1]!.answer();
    await vi.advanceTimersByTimeAsync(lintDelay(SEED_POLICY.document.length));
    expect(runs.at(-1)?.input).toEqual([
      { policyId: SEED_POLICY.id, type: 'identity', document: SEED_POLICY.document },
    ]);
    runs.at(-1)!.answer();
    await vi.advanceTimersByTimeAsync(FINDINGS_BATCH_MS);
    expect(store.getState().policyFindings.get(SEED_POLICY.id)?.document).toBe(
      SEED_POLICY.document,
    );
    // A run replaced by a newer one (it resolves with nothing) asks for no other: it would cancel
    // the newer one in turn, and a workspace of thousands of policies would be linted a few at a time.
    edit(`${SEED_POLICY.document} `);
    vi.advanceTimersByTime(lintDelay(SEED_POLICY.document.length));
    const asked = runs.length;
    runs.at(-1)!.replace();
    await vi.advanceTimersByTimeAsync(lintDelay(SEED_POLICY.document.length));
    expect(runs).toHaveLength(asked);
    stop();
  });

  it('puts the findings of a run in the store together, not one policy at a time', () => {
    vi.useFakeTimers();
    const store = createStudioStore();
    const ids = [
      SEED_POLICY.id,
      ...['a', 'b', 'c'].map(() => store.getState().actions.addPolicy('scp')),
    ];
    const { client, runs } = recordingClient();
    const stop = connectAnalysis(store, client);
    vi.advanceTimersByTime(0);
    const run = runs.find((job) => job.kind === 'lint')!;
    const updates = vi.fn();
    store.subscribe(updates);
    for (const { policyId, type, document } of run.input as JobInput<'lint'>) {
      run.options?.onProgress?.({ policyId, findings: { document, type, findings: [] } });
    }
    expect(updates).not.toHaveBeenCalled();
    vi.advanceTimersByTime(FINDINGS_BATCH_MS);
    expect(updates).toHaveBeenCalledTimes(1);
    expect([...store.getState().policyFindings.keys()]).toEqual(ids);
    stop();
  });

  it('asks for a simulation on every change of its input, and nothing once stopped', () => {
    const store = createStudioStore();
    const { client, runs } = recordingClient();
    const stop = connectAnalysis(store, client);
    const simulations = () => runs.filter((run) => run.kind === 'simulate');
    expect(simulations()).toHaveLength(1);
    store.getState().actions.addRequest(MFA_REQUEST);
    store.getState().actions.setHoveredElement({ policyId: 'p', span: { start: 0, end: 1 } });
    expect(simulations()).toHaveLength(2);
    expect(simulations()[1]?.options?.lane).toBe('simulate');
    stop();
    store.getState().actions.selectRequest(null);
    expect(simulations()).toHaveLength(2);
  });

  it('simulates a workspace just opened in a task of its own, its account sent once and named by its key', () => {
    vi.useFakeTimers();
    const store = createStudioStore();
    const { client, runs } = recordingClient();
    const stop = connectAnalysis(store, client);
    const account = { id: '111122223333', users: [], groups: [], roles: [], policies: [] };
    const sent = () => runs.filter((run) => run.kind === 'simulate' || run.kind === 'openAccount');
    store.getState().actions.replaceScenario({
      format: 'iam-policy-studio/scenario@1',
      policies: [SEED_POLICY],
      requests: [],
      account,
    });
    // Only the simulation of the workspace before it, sent as the store was connected.
    expect(sent().map((run) => run.kind)).toEqual(['simulate']);
    vi.advanceTimersByTime(0);
    store.getState().actions.addRequest(MFA_REQUEST);
    expect(sent().map((run) => run.kind)).toEqual([
      'simulate',
      'openAccount',
      'simulate',
      'simulate',
    ]);
    const key = `epoch:${store.getState().scenarioEpoch}`;
    expect(sent()[1]?.input).toEqual({ key, account });
    expect(sent()[2]?.input).toMatchObject({ account: key });
    expect(sent()[3]?.input).toMatchObject({ account: key, requests: [MFA_REQUEST] });
    stop();
  });

  it('has the worker read a large policy for the editor, then only what each edit changed', async () => {
    const store = createStudioStore();
    const stop = connectAnalysis(store, new AnalysisClient(connectAnalysisWorker));
    const statements = Array.from({ length: Math.ceil(LARGE_POLICY / 90) }, (_, n) => ({
      Sid: `S${n}`,
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: `arn:aws:s3:::bucket-${n}/*`,
    }));
    const text = JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 1);
    const id = store.getState().actions.addPolicy('identity', text);
    const readOf = (document: string) =>
      vi.waitFor(() => {
        const read = store.getState().policyParses.get(id);
        expect(read?.document).toBe(document);
        return read!;
      }, 10_000);
    const first = await readOf(text);
    expect(first.model.policy.statements).toHaveLength(statements.length);
    const edited = text.replace('"S7"', '"Seven"');
    store.getState().actions.setPolicyDocument(id, edited);
    const second = await readOf(edited);
    const { policy, problems, ok } = parsePolicy(edited);
    expect(second.model).toEqual({ policy, problems, ok });
    // The statements the edit did not touch are the ones the page had, moved or not.
    expect(second.model.policy.statements[3]).toBe(first.model.policy.statements[3]);
    expect(store.getState().policyParses.has(SEED_POLICY.id)).toBe(false);
    stop();
  });

  it('simulates again after a pause in typing in a large policy', () => {
    vi.useFakeTimers();
    const store = createStudioStore();
    const { client, runs } = recordingClient();
    const stop = connectAnalysis(store, client);
    const simulations = () => runs.filter((run) => run.kind === 'simulate').length;
    const large = `${SEED_POLICY.document}${' '.repeat(LARGE_POLICY)}`;
    store.getState().actions.setPolicyDocument(SEED_POLICY.id, large);
    store.getState().actions.setPolicyDocument(SEED_POLICY.id, `${large} `);
    expect(simulations()).toBe(1);
    vi.advanceTimersByTime(LARGE_SIMULATION_PAUSE_MS);
    expect(simulations()).toBe(2);
    store.getState().actions.addRequest(MFA_REQUEST);
    expect(simulations()).toBe(3);
    stop();
  });
});
