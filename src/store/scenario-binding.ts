import type { StoreApi } from 'zustand';
import { type Scenario, SCENARIO_FORMAT } from '../core/index.ts';
import type { ScenarioBinding } from '../persistence/workspace-session.ts';
import type { StudioState } from './store.ts';

/** The store's policies and requests as a scenario of the format in docs/scenario-format.md. */
export function scenarioOf(state: StudioState): Scenario {
  const scenario: Scenario = {
    format: SCENARIO_FORMAT,
    policies: state.policies,
    requests: state.requests,
  };
  return {
    ...scenario,
    ...(state.organization && { organization: state.organization }),
    ...(state.account && { account: state.account }),
  };
}

/** Slices rebuild an array on most updates, so "changed" means an element changed. */
function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a === b || (a.length === b.length && a.every((item, i) => item === b[i]));
}

/**
 * The workspace session's view of the store. A replacement is not reported as a change: the
 * session replaces the scenario with what it just read, and saving that again would make two
 * tabs answer each other's saves forever.
 */
export function createScenarioBinding(store: StoreApi<StudioState>): ScenarioBinding {
  let replacing = false;
  return {
    getScenario: () => scenarioOf(store.getState()),
    replaceScenario: (scenario, selectedRequest) => {
      replacing = true;
      try {
        store.getState().actions.replaceScenario(scenario, selectedRequest);
      } finally {
        replacing = false;
      }
    },
    subscribe: (listener) =>
      store.subscribe((state, previous) => {
        if (replacing) return;
        if (
          !sameItems(state.policies, previous.policies) ||
          !sameItems(state.requests, previous.requests) ||
          state.organization !== previous.organization ||
          state.account !== previous.account
        ) {
          listener();
        }
      }),
  };
}
