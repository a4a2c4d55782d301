import type { ScenarioPolicy } from '../core/scenario/model.ts';
import { SEED_POLICY } from './seed-policy.ts';
import type { SliceSet } from './slice.ts';

export interface PoliciesState {
  policies: ScenarioPolicy[];
  selectedPolicyId: string;
}

export interface PoliciesActions {
  selectPolicy(id: string): void;
  setPolicyDocument(id: string, document: string): void;
}

export function createPoliciesSlice(set: SliceSet<PoliciesState>) {
  const state: PoliciesState = { policies: [SEED_POLICY], selectedPolicyId: SEED_POLICY.id };
  const actions: PoliciesActions = {
    selectPolicy: (id) =>
      set((s) => (s.policies.some((p) => p.id === id) ? { selectedPolicyId: id } : {})),
    setPolicyDocument: (id, document) =>
      set((s) => ({
        policies: s.policies.map((p) =>
          p.id === id && p.document !== document ? { ...p, document } : p,
        ),
      })),
  };
  return { state, actions };
}
