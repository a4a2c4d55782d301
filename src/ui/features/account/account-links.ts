import type { StoreApi } from 'zustand';
import { analysePolicy } from '../../../analysis/policy-analysis.ts';
import type { ScenarioPolicy } from '../../../core/index.ts';
import { showsCode } from '../../../store/editor-view-slice.ts';
import type { StudioState } from '../../../store/store.ts';
import { accountPolicyIds } from '../identities/account-scenario.ts';

const idsByPolicies = new WeakMap<readonly ScenarioPolicy[], ReadonlyMap<string, string>>();

/** The workspace policy standing for each account policy, by its account id, worked out once. */
function workspaceIdsOf(policies: readonly ScenarioPolicy[]): ReadonlyMap<string, string> {
  let ids = idsByPolicies.get(policies);
  if (!ids) {
    ids = accountPolicyIds(policies);
    idsByPolicies.set(policies, ids);
  }
  return ids;
}

/**
 * The workspace policy an analysis names: the one standing for an account policy named by its
 * account id, else the one of that id (a policy the workspace changed or added).
 */
export function workspacePolicyId(state: StudioState, policyId: string): string {
  return workspaceIdsOf(state.policies).get(policyId) ?? policyId;
}

/**
 * Opens a statement an analysis names in the editor: the Policies tab, its policy selected, the
 * code shown and the statement marked and scrolled to, as the simulator's explanation does.
 * False when the workspace no longer holds that policy.
 */
export function openStatement(
  store: StoreApi<StudioState>,
  policyId: string,
  statementIndex: number,
): boolean {
  const state = store.getState();
  const id = workspacePolicyId(state, policyId);
  const policy = state.policies.find((candidate) => candidate.id === id);
  if (!policy) return false;
  const { actions } = state;
  actions.selectPolicy(id);
  actions.setSidebarTab('policies');
  if (!showsCode(state.editorView)) actions.setEditorView('split');
  const statement = analysePolicy(policy).result.policy.statements.find(
    (candidate) => candidate.index === statementIndex,
  );
  actions.setHoveredElement(statement ? { policyId: id, span: statement.span } : null);
  return true;
}
