import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accountPolicies, readAccountDetailsText, SCENARIO_FORMAT } from '../core/index.ts';
import { createStudioStore } from '../store/store.ts';
import { createAccountAnalysis } from './account-analysis.ts';
import { AnalysisClient, connectAnalysisWorker } from './analysis-client.ts';
import type { JobInput, JobKind } from './protocol.ts';

function accountStore() {
  const text = readFileSync(new URL('../../e2e/fixtures/escalation-gaad.json', import.meta.url));
  const read = readAccountDetailsText(text.toString('utf8'));
  if (!read.ok) throw new Error(read.message);
  const store = createStudioStore();
  // As the app opens an account: each policy a workspace policy standing for the account's.
  const policies = accountPolicies(read.account).map(({ id, type, document, attachedTo }) => ({
    id: `workspace ${id}`,
    type,
    document,
    attachedTo,
    accountPolicy: id,
  }));
  store.getState().actions.replaceScenario({
    format: SCENARIO_FORMAT,
    policies,
    requests: [],
    account: read.account,
  });
  return store;
}

/** The app's client, recording the kind of each job sent. */
function recordingClient(sent: JobKind[]) {
  const client = new AnalysisClient(connectAnalysisWorker);
  return {
    run: <K extends JobKind>(kind: K, input: JobInput<K>, options = {}) => {
      sent.push(kind);
      return client.run(kind, input, options);
    },
  };
}

const settled = (store: ReturnType<typeof accountStore>, kind: 'whoCan' | 'escalations') =>
  new Promise<void>((resolve) => {
    const check = () => store.getState().accountJobs[kind]?.status !== 'running';
    if (check()) resolve();
    const stop = store.subscribe(() => {
      if (check()) {
        stop();
        resolve();
      }
    });
  });

describe('the account analysis of the open workspace', () => {
  it('sends the account once, then only the jobs, and writes each job’s state in the store', async () => {
    const store = accountStore();
    const sent: JobKind[] = [];
    const analysis = createAccountAnalysis(store, recordingClient(sent));
    analysis.whoCan('s3:DeleteBucket', 'arn:aws:s3:::reports');
    expect(store.getState().accountJobs.whoCan?.status).toBe('running');
    await settled(store, 'whoCan');
    const job = store.getState().accountJobs.whoCan;
    expect(job?.status === 'done' && job.output.results.length).toBe(3);
    analysis.whoCan('s3:GetObject', '');
    await settled(store, 'whoCan');
    expect(sent).toEqual(['openAccount', 'whoCan', 'whoCan']);
  });

  it('shows a job cancelled at once, and never writes its result', async () => {
    const store = accountStore();
    const analysis = createAccountAnalysis(store, recordingClient([]));
    analysis.escalations();
    analysis.cancel('escalations');
    expect(store.getState().accountJobs.escalations?.status).toBe('cancelled');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(store.getState().accountJobs.escalations?.status).toBe('cancelled');
  });

  it('drops a result that arrives once another workspace is open', async () => {
    const store = accountStore();
    const analysis = createAccountAnalysis(store, recordingClient([]));
    analysis.whoCan('s3:DeleteBucket', '');
    store
      .getState()
      .actions.replaceScenario({ format: SCENARIO_FORMAT, policies: [], requests: [] });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(store.getState().accountJobs).toEqual({});
  });
});
