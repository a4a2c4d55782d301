import { describe, expect, it, vi } from 'vitest';
import { SCENARIO_FORMAT } from '../core/index.ts';
import { SEED_POLICY } from './seed-policy.ts';
import { createStudioStore } from './store.ts';

const findings = (document: string) => ({ document, type: 'identity' as const, findings: [] });
const simulation = (revision: number) => ({
  revision,
  policies: [SEED_POLICY],
  response: { error: `run ${revision}` },
});

describe('analysis slice', () => {
  it('keeps the latest findings of each policy', () => {
    const store = createStudioStore();
    const { setPolicyFindings } = store.getState().actions;
    setPolicyFindings('a', findings('{}'));
    setPolicyFindings('b', findings('[]'));
    setPolicyFindings('a', findings('{ }'));
    const { policyFindings } = store.getState();
    expect(policyFindings.get('a')?.document).toBe('{ }');
    expect(policyFindings.get('b')?.document).toBe('[]');
  });

  it('adds the findings of several policies in one update', () => {
    const store = createStudioStore();
    store.getState().actions.setPolicyFindings('a', findings('{}'));
    const updates = vi.fn();
    store.subscribe(updates);
    store.getState().actions.addPolicyFindings(
      new Map([
        ['b', findings('[]')],
        ['c', findings('{ }')],
      ]),
    );
    expect(updates).toHaveBeenCalledTimes(1);
    const { policyFindings } = store.getState();
    expect([...policyFindings.keys()]).toEqual(['a', 'b', 'c']);
    expect(policyFindings.get('c')?.document).toBe('{ }');
  });

  it('keeps a policy id such as __proto__ like any other', () => {
    const store = createStudioStore();
    store.getState().actions.setPolicyFindings('__proto__', findings('{}'));
    expect(store.getState().policyFindings.get('__proto__')?.document).toBe('{}');
  });

  it('never replaces a simulation by one of an earlier input', () => {
    const store = createStudioStore();
    const { setSimulation } = store.getState().actions;
    setSimulation(simulation(2));
    setSimulation(simulation(1));
    expect(store.getState().simulation?.revision).toBe(2);
    setSimulation(simulation(3));
    expect(store.getState().simulation?.revision).toBe(3);
  });

  it('forgets what was computed for the scenario it replaces', () => {
    const store = createStudioStore();
    const { setPolicyFindings, setSimulation, replaceScenario } = store.getState().actions;
    setPolicyFindings(SEED_POLICY.id, findings(SEED_POLICY.document));
    setSimulation(simulation(1));
    replaceScenario({ format: SCENARIO_FORMAT, policies: [SEED_POLICY], requests: [] });
    expect(store.getState().policyFindings.size).toBe(0);
    expect(store.getState().simulation).toBeNull();
  });
});
