import { describe, expect, it } from 'vitest';
import { SCENARIO_FORMAT, type Account } from '../core/index.ts';
import { createStudioStore } from './store.ts';

const account: Account = { id: '111122223333', users: [], groups: [], roles: [], policies: [] };
const policy = { id: 'p', type: 'identity' as const, document: '{}' };

function accountStore() {
  const store = createStudioStore();
  store.getState().actions.replaceScenario({
    format: SCENARIO_FORMAT,
    policies: [policy, { ...policy, id: 'q' }],
    requests: [],
    account,
  });
  return store;
}

describe('the account view', () => {
  it('gives way to the editor when a policy is selected from anywhere', () => {
    const store = accountStore();
    store.getState().actions.setSidebarTab('identities');
    store.getState().actions.selectPolicy('q');
    expect(store.getState().sidebarTab).toBe('policies');
    expect(store.getState().selectedPolicyId).toBe('q');
  });

  it('starts another workspace with no identity selected and nothing run', () => {
    const store = accountStore();
    const { actions } = store.getState();
    actions.selectIdentity('arn:aws:iam::111122223333:user/dana');
    actions.setAccountJob('escalations', { query: {}, policies: [], status: 'cancelled' });
    actions.replaceScenario({ format: SCENARIO_FORMAT, policies: [policy], requests: [] });
    expect(store.getState().selectedIdentity).toBeNull();
    expect(store.getState().accountJobs).toEqual({});
  });
});
