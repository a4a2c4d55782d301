import type { StoreApi } from 'zustand';
import { type ScenarioPolicy } from '../core/index.ts';
import type { StudioState } from '../store/store.ts';
import type { AnalysisClient } from './analysis-client.ts';
import { decodeParse } from './parse-transfer.ts';
import { LARGE_POLICY } from './policy-analysis.ts';
import type { PolicyFindings } from './policy-findings.ts';
import { accountKeyOf, sentAccountKey } from './account-sender.ts';
import type { SimulationJob } from './simulation.ts';

type Store = StoreApi<StudioState>;
type Client = Pick<AnalysisClient, 'run'>;

/**
 * How long typing must pause before lint runs: short for usual policies, longer for texts so big
 * that one run takes a while (see policy-findings.bench.ts) and would mostly be thrown away.
 */
export function lintDelay(length: number): number {
  return length > 50_000 ? 600 : 200;
}

function simulationInputOf(state: StudioState): SimulationJob {
  return {
    policies: state.policies,
    requests: state.requests,
    selected: state.selectedRequest,
    matrix:
      state.simulatorView === 'matrix' ||
      (state.simulatorView === 'coverage' && state.coverageSources.matrix)
        ? state.matrix
        : null,
    ...(state.account && { account: accountKeyOf(state) }),
  };
}

/**
 * How long typing in a large policy must pause before the simulator reads it again: each run
 * parses the whole text (prepareScenario), which would otherwise keep the worker from reading
 * each keystroke for the editor.
 */
export const LARGE_SIMULATION_PAUSE_MS = 300;

/** Whether a policy that changed between two lists of policies is large. */
function largeChange(before: readonly ScenarioPolicy[], after: readonly ScenarioPolicy[]) {
  return after.some(
    (policy, index) => policy !== before[index] && policy.document.length >= LARGE_POLICY,
  );
}

const sameInput = (a: SimulationJob, b: SimulationJob) =>
  a.policies === b.policies &&
  a.requests === b.requests &&
  a.selected === b.selected &&
  a.matrix === b.matrix &&
  a.account === b.account;

/**
 * Simulates the store's scenario after every change, at once (after a pause in typing in a large
 * policy): the worker's lane runs only the newest input of those sent while it is busy, so
 * results follow typing as fast as the engine allows. Returns the function that stops following.
 */
function followSimulation(store: Store, client: Client): () => void {
  let sent: SimulationJob | undefined;
  let revision = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let epoch = store.getState().scenarioEpoch;
  let opening = false;
  const follow = (state: StudioState) => {
    clearTimeout(timer);
    // A workspace just opened (in several sets of the store): sending it, a copy of an account of
    // megabytes, waits for a task of its own, so that the page shows the workspace first.
    if (state.scenarioEpoch !== epoch) {
      epoch = state.scenarioEpoch;
      opening = true;
    }
    const input = simulationInputOf(state);
    if (sent && sameInput(sent, input)) return;
    if (opening) {
      timer = setTimeout(() => {
        opening = false;
        simulate(store.getState());
      });
    } else if (sent && largeChange(sent.policies, input.policies)) {
      timer = setTimeout(() => simulate(store.getState()), LARGE_SIMULATION_PAUSE_MS);
    } else {
      simulate(state);
    }
  };
  const simulate = (state: StudioState) => {
    const input = simulationInputOf(state);
    sent = input;
    revision += 1;
    const result = { revision, policies: input.policies };
    const { setSimulation } = state.actions;
    sentAccountKey(client, state);
    client.run('simulate', input, { lane: 'simulate' }).then(
      (output) => output && setSimulation({ ...result, response: { output } }),
      (error: Error) => setSimulation({ ...result, response: { error: error.message } }),
    );
  };
  simulate(store.getState());
  const unsubscribe = store.subscribe(follow);
  return () => {
    unsubscribe();
    clearTimeout(timer);
  };
}

/**
 * Has the worker read each large policy's text for the editor (the page does not parse such
 * texts: policy-analysis.ts), latest text wins, and puts the parse in the store. The worker sends
 * only what changed since the parse the store holds, which is rebuilt here.
 */
function followParses(store: Store, client: Client): () => void {
  const asked = new Map<string, string>();
  const read = (state: StudioState) => {
    for (const { id, document } of state.policies) {
      if (document.length < LARGE_POLICY || asked.get(id) === document) continue;
      const held = state.policyParses.get(id);
      if (held?.document === document) continue;
      asked.set(id, document);
      const done = () => {
        if (asked.get(id) === document) asked.delete(id);
      };
      const request = { policyId: id, document, base: held?.id };
      client.run('parse', request, { lane: `parse:${id}` }).then((sent) => {
        done();
        const { policyParses, actions } = store.getState();
        const base = policyParses.get(id);
        if (!sent) return;
        // Made for the parse the store held when asked: one set since is not its base.
        if (base !== held) read(store.getState());
        else
          actions.setPolicyParse(id, {
            document,
            model: decodeParse(sent.transfer, base?.model),
            id: sent.id,
          });
      }, done);
    }
  };
  read(store.getState());
  return store.subscribe((state, previous) => {
    if (state.policies !== previous.policies || state.policyParses !== previous.policyParses) {
      read(state);
    }
  });
}

const isLinted = (state: StudioState, policy: ScenarioPolicy) => {
  const findings = state.policyFindings.get(policy.id);
  return findings?.document === policy.document && findings.type === policy.type;
};

/**
 * How long the findings the worker sends one policy at a time gather before they go in the store
 * together: a workspace of thousands of policies would otherwise update every view once per policy.
 */
export const FINDINGS_BATCH_MS = 50;

/** Gathers findings and puts them in the store in one update, at most every FINDINGS_BATCH_MS. */
function findingsBatcher(store: Store) {
  let pending = new Map<string, PolicyFindings>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (pending.size === 0) return;
    const found = pending;
    pending = new Map();
    store.getState().actions.addPolicyFindings(found);
  };
  return {
    add(policyId: string, findings: PolicyFindings) {
      pending.set(policyId, findings);
      timer ??= setTimeout(flush, FINDINGS_BATCH_MS);
    },
    flush,
    drop() {
      clearTimeout(timer);
      pending = new Map();
    },
  };
}

/**
 * Lints the policies whose findings are not of their current text, once typing pauses
 * (lintDelay); a policy without any findings yet (just added, or a workspace just opened) at
 * once. Findings land in the store as they are ready, gathered (findingsBatcher) while a run goes
 * on and all in at its end.
 */
function followLint(store: Store, client: Client): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const batch = findingsBatcher(store);
  const lint = () => {
    const state = store.getState();
    const targets = state.policies
      .filter((policy) => !isLinted(state, policy))
      .map(({ id, type, document }) => ({ policyId: id, type, document }));
    if (targets.length === 0) return;
    client
      .run('lint', targets, {
        lane: 'lint',
        onProgress: ({ policyId, findings }) => batch.add(policyId, findings),
      })
      .then(
        (done) => {
          batch.flush();
          // An edit made while the run went on, and undone before it ended, found the findings of
          // the text before the edit and asked for nothing: the run's findings, of the edited
          // text, would stay on the text undone. A run replaced by a newer one (undefined) leaves
          // this to that one: scheduling here would cancel it in turn.
          if (done) schedule(store.getState());
        },
        // A failed run leaves the last findings; the next edit lints again.
        batch.flush,
      );
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
    batch.drop();
  };
}

/**
 * Keeps the store's analysis (findings and simulation) in step with its scenario, through the
 * analysis worker: the one place that sends work to the worker and writes results back, so store
 * actions stay free of I/O and results do not depend on which panels are shown. Started by the
 * app shell; returns the function that stops it.
 */
export function connectAnalysis(store: Store, client: Client): () => void {
  // Parses first: the worker runs jobs in the order asked, and the editor waits on these.
  const stops = [followParses, followSimulation, followLint].map((follow) => follow(store, client));
  return () => {
    for (const stop of stops) stop();
  };
}
