import { type PolicyType, type ScenarioPolicy } from '../core/index.ts';
import { duplicateOf, moveItem, newPolicy, policyTypeHasLevel } from './policy-ops.ts';
import { SEED_POLICY } from './seed-policy.ts';
import type { SliceSet } from './slice.ts';

/** The last deleted policy and where it was, so the deletion can be undone. */
export interface DeletedPolicy {
  policy: ScenarioPolicy;
  index: number;
}

export interface PoliciesState {
  policies: ScenarioPolicy[];
  /** '' when there is no policy. */
  selectedPolicyId: string;
  deletedPolicy?: DeletedPolicy;
}

export interface PoliciesActions {
  selectPolicy(id: string): void;
  setPolicyDocument(id: string, document: string): void;
  /** Adds a policy after the others, selects it and returns its id. */
  addPolicy(type: PolicyType, document?: string): string;
  /** An empty name falls back to showing the id. */
  renamePolicy(id: string, name: string): void;
  /** Inserts a copy right after the policy, selects it and returns its id. */
  duplicatePolicy(id: string): string | undefined;
  deletePolicy(id: string): void;
  undoDeletePolicy(): void;
  dismissDeletedPolicy(): void;
  movePolicy(id: string, to: number): void;
  /** An empty list removes `attachedTo`: the policy then applies as the format describes. */
  setPolicyAttachedTo(id: string, attachedTo: readonly string[]): void;
  /** SCPs and RCPs only. */
  setPolicyLevel(id: string, level: number): void;
}

function idsOf(policies: readonly ScenarioPolicy[]): Set<string> {
  return new Set(policies.map((p) => p.id));
}

function update(
  policies: ScenarioPolicy[],
  id: string,
  change: (policy: ScenarioPolicy) => ScenarioPolicy,
): ScenarioPolicy[] {
  return policies.map((p) => (p.id === id ? change(p) : p));
}

function withoutKey<K extends 'name' | 'attachedTo'>(policy: ScenarioPolicy, key: K) {
  const copy = { ...policy };
  delete copy[key];
  return copy;
}

export function createPoliciesSlice(set: SliceSet<PoliciesState>) {
  const state: PoliciesState = { policies: [SEED_POLICY], selectedPolicyId: SEED_POLICY.id };
  const actions: PoliciesActions = {
    selectPolicy: (id) =>
      set((s) => (s.policies.some((p) => p.id === id) ? { selectedPolicyId: id } : {})),
    setPolicyDocument: (id, document) =>
      set((s) => ({
        policies: update(s.policies, id, (p) => (p.document === document ? p : { ...p, document })),
      })),
    addPolicy: (type, document) => {
      let id = '';
      set((s) => {
        const policy = newPolicy(type, idsOf(s.policies), document);
        id = policy.id;
        return { policies: [...s.policies, policy], selectedPolicyId: id };
      });
      return id;
    },
    renamePolicy: (id, name) =>
      set((s) => ({
        policies: update(s.policies, id, (p) =>
          name.trim() === '' ? withoutKey(p, 'name') : { ...p, name: name.trim() },
        ),
      })),
    duplicatePolicy: (id) => {
      let copyId: string | undefined;
      set((s) => {
        const index = s.policies.findIndex((p) => p.id === id);
        const original = s.policies[index];
        if (!original) return {};
        const copy = duplicateOf(original, idsOf(s.policies));
        copyId = copy.id;
        const policies = [...s.policies];
        policies.splice(index + 1, 0, copy);
        return { policies, selectedPolicyId: copy.id };
      });
      return copyId;
    },
    deletePolicy: (id) =>
      set((s) => {
        const index = s.policies.findIndex((p) => p.id === id);
        const policy = s.policies[index];
        if (!policy) return {};
        const policies = s.policies.filter((p) => p.id !== id);
        const neighbour = policies[Math.min(index, policies.length - 1)];
        return {
          policies,
          deletedPolicy: { policy, index },
          selectedPolicyId: s.selectedPolicyId === id ? (neighbour?.id ?? '') : s.selectedPolicyId,
        };
      }),
    undoDeletePolicy: () =>
      set((s) => {
        const deleted = s.deletedPolicy;
        // An id taken again since the deletion (an import, say) wins; the deleted one stays gone.
        if (!deleted || s.policies.some((p) => p.id === deleted.policy.id)) {
          return { deletedPolicy: undefined };
        }
        const policies = [...s.policies];
        policies.splice(Math.min(deleted.index, policies.length), 0, deleted.policy);
        return { policies, selectedPolicyId: deleted.policy.id, deletedPolicy: undefined };
      }),
    dismissDeletedPolicy: () => set(() => ({ deletedPolicy: undefined })),
    movePolicy: (id, to) =>
      set((s) => ({
        policies: moveItem(
          s.policies,
          s.policies.findIndex((p) => p.id === id),
          to,
        ),
      })),
    setPolicyAttachedTo: (id, attachedTo) => {
      const entries = attachedTo.map((entry) => entry.trim()).filter((entry) => entry !== '');
      set((s) => ({
        policies: update(s.policies, id, (p) =>
          entries.length === 0 ? withoutKey(p, 'attachedTo') : { ...p, attachedTo: entries },
        ),
      }));
    },
    setPolicyLevel: (id, level) =>
      set((s) => ({
        policies: update(s.policies, id, (p) =>
          policyTypeHasLevel(p.type) && Number.isInteger(level) && level >= 0 ? { ...p, level } : p,
        ),
      })),
  };
  return { state, actions };
}
