import type { PolicyFindings } from '../analysis/policy-findings.ts';
import type { SimulationOutput } from '../analysis/simulation.ts';
import type { ScenarioPolicy } from '../core/scenario/model.ts';
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

/** What the analysis worker computed from the scenario; written by src/analysis/connect-store.ts. */
export interface AnalysisState {
  /** By policy id: the lint findings of the latest text linted, with that text. */
  policyFindings: ReadonlyMap<string, PolicyFindings>;
  simulation: SimulationResult | null;
}

export interface AnalysisActions {
  setPolicyFindings(policyId: string, findings: PolicyFindings): void;
  setSimulation(result: SimulationResult): void;
}

/** Nothing computed yet: also the state after the scenario is replaced. */
export const NO_ANALYSIS: AnalysisState = { policyFindings: new Map(), simulation: null };

export function createAnalysisSlice(set: SliceSet<AnalysisState>) {
  const state: AnalysisState = NO_ANALYSIS;
  const actions: AnalysisActions = {
    setPolicyFindings: (policyId, findings) =>
      set((s) => {
        if (s.policyFindings.get(policyId) === findings) return {};
        const policyFindings = new Map(s.policyFindings);
        policyFindings.set(policyId, findings);
        return { policyFindings };
      }),
    setSimulation: (result) =>
      set((s) =>
        s.simulation && s.simulation.revision > result.revision ? {} : { simulation: result },
      ),
  };
  return { state, actions };
}
