import { type Account, type Organization, type Scenario } from '../core/index.ts';
import { NO_ACCOUNT_SELECTION, type AccountViewState } from './account-view-slice.ts';
import { NO_ANALYSIS, type AnalysisState } from './analysis-slice.ts';
import type { PoliciesState } from './policies-slice.ts';
import type { RequestsState } from './requests-slice.ts';
import type { SliceSet } from './slice.ts';

export interface WorkspaceState {
  /** The scenario's organization, kept so that a scenario survives a round trip through the app. */
  organization?: Organization;
  /** The scenario's account (users, groups, roles), shown in the identities panel. */
  account?: Account;
  /** A read-only share link is open: the editors show, but do not change, the scenario. */
  readOnly: boolean;
  /** Counts replacements, so the editors can drop the undo history of the scenario before. */
  scenarioEpoch: number;
}

export interface WorkspaceActions {
  /**
   * Replaces every policy and request at once (a share link, another workspace, an import).
   * `selectedRequest` is a request's id, or its index as a string when it has none.
   */
  replaceScenario(scenario: Scenario, selectedRequest?: string): void;
  setReadOnly(readOnly: boolean): void;
}

/** The index of the request whose key (id, else index as a string) is `key`; null when none. */
export function requestIndexOf(scenario: Scenario, key: string | undefined): number | null {
  if (key === undefined) return null;
  const index = scenario.requests.findIndex((request, i) => (request.id ?? String(i)) === key);
  return index < 0 ? null : index;
}

type ScenarioState = PoliciesState &
  RequestsState &
  WorkspaceState &
  AnalysisState &
  AccountViewState;

export function createWorkspaceSlice(set: SliceSet<ScenarioState>) {
  const state: WorkspaceState = { readOnly: false, scenarioEpoch: 0 };
  const actions: WorkspaceActions = {
    replaceScenario: (scenario, selectedRequest) =>
      set((current) => ({
        scenarioEpoch: current.scenarioEpoch + 1,
        policies: [...scenario.policies],
        selectedPolicyId: scenario.policies[0]?.id ?? '',
        deletedPolicy: undefined,
        requests: [...scenario.requests],
        selectedRequest: requestIndexOf(scenario, selectedRequest),
        hoveredElement: null,
        organization: scenario.organization,
        account: scenario.account,
        // What was computed for the scenario before says nothing about this one.
        ...NO_ANALYSIS,
        ...NO_ACCOUNT_SELECTION,
      })),
    setReadOnly: (readOnly) => set(() => ({ readOnly })),
  };
  return { state, actions };
}
