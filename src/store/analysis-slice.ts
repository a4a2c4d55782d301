import type { ParsedModel } from '../analysis/parse-transfer.ts';
import type { PolicyFindings } from '../analysis/policy-findings.ts';
import type { SimulationOutput } from '../analysis/simulation.ts';
import { type ScenarioPolicy } from '../core/index.ts';
import type { SliceSet } from './slice.ts';

/** A simulation, or why it could not be run (an engine bug: the UI says so rather than freezing). */
export type SimulationResponse = { output: SimulationOutput } | { error: string };

/** The latest simulation and what it was run on. */
export interface SimulationResult {
  /** Counts the inputs sent to the simulator: a result never replaces one of a later input. */
  revision: number;
  /** The policies simulated, so a view can tell whether it shows the text they had. */
  policies: readonly ScenarioPolicy[];
  response: SimulationResponse;
}

/** A large policy text as the analysis worker read it: the page does not parse such texts. */
export interface WorkerParse {
  document: string;
  model: ParsedModel;
  /** The worker's id of this parse, so that it sends only what changed since. */
  id: number;
}

/** What the analysis worker computed from the scenario; written by src/analysis/connect-store.ts. */
export interface AnalysisState {
  /** By policy id: the latest parse of a large policy's text, with that text. */
  policyParses: ReadonlyMap<string, WorkerParse>;
  /** By policy id: the lint findings of the latest text linted, with that text. */
  policyFindings: ReadonlyMap<string, PolicyFindings>;
  simulation: SimulationResult | null;
}

export interface AnalysisActions {
  setPolicyParse(policyId: string, parse: WorkerParse): void;
  setPolicyFindings(policyId: string, findings: PolicyFindings): void;
  /** Several policies' findings in one update, so the views re-render once for all of them. */
  addPolicyFindings(found: ReadonlyMap<string, PolicyFindings>): void;
  setSimulation(result: SimulationResult): void;
}

/** Nothing computed yet: also the state after the scenario is replaced. */
export const NO_ANALYSIS: AnalysisState = {
  policyParses: new Map(),
  policyFindings: new Map(),
  simulation: null,
};

/** A copy of `map` with the entries of `added` set; the same map when it holds them already. */
function withEntries<T>(
  map: ReadonlyMap<string, T>,
  added: ReadonlyMap<string, T>,
): ReadonlyMap<string, T> {
  if ([...added].every(([key, value]) => map.get(key) === value)) return map;
  const copy = new Map(map);
  for (const [key, value] of added) copy.set(key, value);
  return copy;
}

export function createAnalysisSlice(set: SliceSet<AnalysisState>) {
  const state: AnalysisState = NO_ANALYSIS;
  const actions: AnalysisActions = {
    setPolicyParse: (policyId, parse) =>
      set((s) => ({ policyParses: withEntries(s.policyParses, new Map([[policyId, parse]])) })),
    setPolicyFindings: (policyId, findings) =>
      actions.addPolicyFindings(new Map([[policyId, findings]])),
    addPolicyFindings: (found) =>
      set((s) => ({ policyFindings: withEntries(s.policyFindings, found) })),
    setSimulation: (result) =>
      set((s) =>
        s.simulation && s.simulation.revision > result.revision ? {} : { simulation: result },
      ),
  };
  return { state, actions };
}
