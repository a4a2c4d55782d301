import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { createPoliciesSlice, type PoliciesActions, type PoliciesState } from './policies-slice.ts';
import { createThemeSlice, type ThemeActions, type ThemeState } from './theme-slice.ts';

export type StudioActions = PoliciesActions & ThemeActions;
export type StudioState = PoliciesState & ThemeState & { actions: StudioActions };

/** Builds a fresh store; the app uses the one instance below, tests build their own. */
export function createStudioStore() {
  return create<StudioState>()((set) => {
    const policies = createPoliciesSlice(set);
    const theme = createThemeSlice(set);
    return {
      ...policies.state,
      ...theme.state,
      actions: { ...policies.actions, ...theme.actions },
    };
  });
}

export const useStudioStore = createStudioStore();

/** The actions never change, so components that only act never re-render. */
export const useStudioActions = () => useStudioStore((s) => s.actions);

export function useStudio<T>(selector: (state: StudioState) => T): T {
  return useStudioStore(useShallow(selector));
}

export const selectSelectedPolicy = (s: StudioState) =>
  s.policies.find((p) => p.id === s.selectedPolicyId);
