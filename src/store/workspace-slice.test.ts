import { describe, expect, it } from 'vitest';
import { type Scenario, SCENARIO_FORMAT } from '../core/index.ts';
import { createStudioStore } from './store.ts';

const shared: Scenario = {
  format: SCENARIO_FORMAT,
  policies: [
    { id: 'a', type: 'identity', document: '{"a": 1}' },
    { id: 'b', name: 'B', type: 'scp', level: 1, document: '{"b": 2}' },
  ],
  requests: [
    { principal: '*', action: 's3:GetObject', resource: '*' },
    { id: 'second', principal: '*', action: 's3:PutObject', resource: '*' },
  ],
  organization: { managementAccount: '111122223333' },
};

describe('workspace slice', () => {
  it('replaces every policy and request at once and selects the first policy', () => {
    const store = createStudioStore();
    const { addRequest, deletePolicy, replaceScenario } = store.getState().actions;
    addRequest();
    deletePolicy(store.getState().selectedPolicyId);
    replaceScenario(shared, 'second');
    const state = store.getState();
    expect(state.policies).toEqual(shared.policies);
    expect(state.requests).toEqual(shared.requests);
    expect(state.organization).toEqual(shared.organization);
    expect(state.selectedPolicyId).toBe('a');
    expect(state.selectedRequest).toBe(1);
    // The old workspace's deleted policy cannot be brought back into the new one.
    expect(state.deletedPolicy).toBeUndefined();
  });

  it('counts replacements, and only replacements, so editors can drop the old undo history', () => {
    const store = createStudioStore();
    const { addRequest, replaceScenario } = store.getState().actions;
    expect(store.getState().scenarioEpoch).toBe(0);
    addRequest();
    expect(store.getState().scenarioEpoch).toBe(0);
    replaceScenario(shared);
    replaceScenario(shared);
    expect(store.getState().scenarioEpoch).toBe(2);
  });

  it('selects a request without an id by its index, and none for an unknown key', () => {
    const store = createStudioStore();
    store.getState().actions.replaceScenario(shared, '0');
    expect(store.getState().selectedRequest).toBe(0);
    store.getState().actions.replaceScenario(shared, 'missing');
    expect(store.getState().selectedRequest).toBeNull();
    store.getState().actions.replaceScenario(shared);
    expect(store.getState().selectedRequest).toBeNull();
  });

  it('selects no policy when the scenario has none', () => {
    const store = createStudioStore();
    store
      .getState()
      .actions.replaceScenario({ format: SCENARIO_FORMAT, policies: [], requests: [] });
    expect(store.getState().policies).toEqual([]);
    expect(store.getState().selectedPolicyId).toBe('');
    expect(store.getState().organization).toBeUndefined();
  });
});
