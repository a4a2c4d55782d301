import { describe, expect, it } from 'vitest';
import { SCENARIO_FORMAT, type Scenario } from '../core/index.ts';
import { SEED_POLICY } from './seed-policy.ts';
import { createStudioStore } from './store.ts';

const opened: Scenario = {
  format: SCENARIO_FORMAT,
  policies: [{ id: 'p1', type: 'identity', document: '{"Statement":[]}' }],
  requests: [],
};

describe('the diff slice', () => {
  it('starts with the seed policy as opened', () => {
    const store = createStudioStore();
    expect(store.getState().openedDocuments).toEqual(
      new Map([[SEED_POLICY.id, SEED_POLICY.document]]),
    );
  });

  it('keeps the texts a workspace is opened with while its policies are edited', () => {
    const store = createStudioStore();
    const { actions } = store.getState();
    actions.replaceScenario(opened);
    actions.setPolicyDocument('p1', '{"Statement":[{}]}');
    expect(store.getState().openedDocuments).toEqual(new Map([['p1', '{"Statement":[]}']]));
    expect(store.getState().policies[0]?.document).toBe('{"Statement":[{}]}');
  });

  it('closes the comparison when another workspace is opened or a policy selected', () => {
    const store = createStudioStore();
    const { actions } = store.getState();
    actions.compareWith(SEED_POLICY.id, { kind: 'opened' });
    expect(store.getState().comparison).toEqual({
      policyId: SEED_POLICY.id,
      against: { kind: 'opened' },
    });
    actions.replaceScenario(opened);
    expect(store.getState().comparison).toBeNull();
    actions.compareWith('p1', { kind: 'opened' });
    actions.selectPolicy('p1');
    expect(store.getState().comparison).toBeNull();
  });

  it('takes a reviewed text as what later edits are compared with', () => {
    const store = createStudioStore();
    store.getState().actions.setOpenedDocument(SEED_POLICY.id, '{}');
    expect(store.getState().openedDocuments.get(SEED_POLICY.id)).toBe('{}');
  });
});
