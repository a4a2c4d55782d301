import { describe, expect, it, vi } from 'vitest';
import { readScenario, type Scenario, SCENARIO_FORMAT, writeScenario } from '../core/index.ts';
import { createScenarioBinding } from './scenario-binding.ts';
import { createStudioStore } from './store.ts';

const other: Scenario = {
  format: SCENARIO_FORMAT,
  policies: [{ id: 'p', type: 'identity', document: '{}' }],
  requests: [{ id: 'r', principal: '*', action: 's3:GetObject', resource: '*' }],
};

describe('scenario binding', () => {
  it('gives the store as a scenario that the scenario reader accepts', () => {
    const store = createStudioStore();
    store.getState().actions.addRequest();
    const scenario = createScenarioBinding(store).getScenario();
    expect(scenario.policies).toEqual(store.getState().policies);
    expect(scenario.requests).toEqual(store.getState().requests);
    const read = readScenario(writeScenario(scenario));
    expect(read.ok && read.scenario).toEqual(scenario);
  });

  it('round-trips a replaced scenario, organization included', () => {
    const store = createStudioStore();
    const binding = createScenarioBinding(store);
    const withOrganization = { ...other, organization: { memberAccounts: ['444455556666'] } };
    binding.replaceScenario(withOrganization, 'r');
    expect(binding.getScenario()).toEqual(withOrganization);
    expect(store.getState().selectedRequest).toBe(0);
  });

  it('reports edits of policies and requests, but not replacements or other state', () => {
    const store = createStudioStore();
    const binding = createScenarioBinding(store);
    const listener = vi.fn();
    const unsubscribe = binding.subscribe(listener);
    const { actions } = store.getState();

    binding.replaceScenario(other);
    actions.setThemePreference('dark');
    actions.setEditorView('code');
    actions.selectRequest(0);
    // Monaco echoes the replaced text back to the store: the same text is not a change.
    actions.setPolicyDocument('p', '{}');
    expect(listener).not.toHaveBeenCalled();

    actions.setPolicyDocument('p', '{"Version": "2012-10-17"}');
    expect(listener).toHaveBeenCalledTimes(1);
    actions.updateRequest(0, { ...other.requests[0]!, action: 's3:PutObject' });
    expect(listener).toHaveBeenCalledTimes(2);

    unsubscribe();
    actions.addRequest();
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
