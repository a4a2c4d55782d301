import type { StoreApi } from 'zustand';
import type { ScenarioPolicy } from '../core/scenario/model.ts';
import type { StudioState } from '../store/store.ts';
import type { AnalysisClient } from './analysis-client.ts';
import type { SimulationInput } from './simulation.ts';

type Store = StoreApi<StudioState>;
type Client = Pick<AnalysisClient, 'run'>;

/**
 * How long typing must pause before lint runs: short for usual policies, longer for texts so big
 * that one run takes a while (see policy-findings.bench.ts) and would mostly be thrown away.
 */
export function lintDelay(length: number): number {
  return length > 50_000 ? 600 : 200;
}

function simulationInputOf(state: StudioState): SimulationInput {
  return {
    policies: state.policies,
    requests: state.requests,
    selected: state.selectedRequest,
    matrix: state.simulatorView === 'matrix' ? state.matrix : null,
  };
}

const sameInput = (a: SimulationInput, b: SimulationInput) =>
  a.policies === b.policies &&
  a.requests === b.requests &&
  a.selected === b.selected &&
  a.matrix === b.matrix;

/**
 * Simulates the store's scenario after every change, at once: the worker's lane runs only the
 * newest input of those sent while it is busy, so results follow typing as fast as the engine
 * allows. Returns the function that stops following.
 */
function followSimulation(store: Store, client: Client): () => void {
  let sent: SimulationInput | undefined;
  let revision = 0;
  const simulate = (state: StudioState) => {
    const input = simulationInputOf(state);
    if (sent && sameInput(sent, input)) return;
    sent = input;
    revision += 1;
    const result = { revision, policies: input.policies };
    const { setSimulation } = state.actions;
    client.run('simulate', input, { lane: 'simulate' }).then(
      (output) => output && setSimulation({ ...result, response: { output } }),
      (error: Error) => setSimulation({ ...result, response: { error: error.message } }),
    );
  };
  simulate(store.getState());
  return store.subscribe(simulate);
}

const isLinted = (state: StudioState, policy: ScenarioPolicy) => {
  const findings = state.policyFindings.get(policy.id);
  return findings?.document === policy.document && findings.type === policy.type;
};

/**
 * Lints the policies whose findings are not of their current text, once typing pauses
 * (lintDelay); a policy without any findings yet (just added, or a workspace just opened) at
 * once. Each policy's findings land in the store as soon as they are ready.
 */
function followLint(store: Store, client: Client): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const lint = () => {
    const state = store.getState();
    const targets = state.policies
      .filter((policy) => !isLinted(state, policy))
      .map(({ id, type, document }) => ({ policyId: id, type, document }));
    if (targets.length === 0) return;
    const { setPolicyFindings } = state.actions;
    client
      .run('lint', targets, {
        lane: 'lint',
        onProgress: ({ policyId, findings }) => setPolicyFindings(policyId, findings),
      })
      // A failed run leaves the last findings; the next edit lints again.
      .catch(() => {});
  };
  const schedule = (state: StudioState) => {
    clearTimeout(timer);
    const stale = state.policies.filter((policy) => !isLinted(state, policy));
    if (stale.length === 0) return;
    const unseen = stale.some((policy) => !state.policyFindings.has(policy.id));
    const longest = Math.max(...stale.map((policy) => policy.document.length));
    timer = setTimeout(lint, unseen ? 0 : lintDelay(longest));
  };
  schedule(store.getState());
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.policies !== previous.policies) schedule(state);
  });
  return () => {
    unsubscribe();
    clearTimeout(timer);
  };
}

/**
 * Keeps the store's analysis (findings and simulation) in step with its scenario, through the
 * analysis worker: the one place that sends work to the worker and writes results back, so store
 * actions stay free of I/O and results do not depend on which panels are shown. Started by the
 * app shell; returns the function that stops it.
 */
export function connectAnalysis(store: Store, client: Client): () => void {
  const stopSimulation = followSimulation(store, client);
  const stopLint = followLint(store, client);
  return () => {
    stopSimulation();
    stopLint();
  };
}
