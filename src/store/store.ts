import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Scenario } from '../core/index.ts';
import {
  createAccountViewSlice,
  type AccountViewActions,
  type AccountViewState,
} from './account-view-slice.ts';
import { createAnalysisSlice, type AnalysisActions, type AnalysisState } from './analysis-slice.ts';
import {
  createCloudTrailSlice,
  type CloudTrailActions,
  type CloudTrailState,
} from './cloudtrail-slice.ts';
import { createDiffSlice, type DiffActions, type DiffState } from './diff-slice.ts';
import {
  createEditorViewSlice,
  type EditorViewActions,
  type EditorViewState,
} from './editor-view-slice.ts';
import {
  createLintSettingsSlice,
  type LintSettingsActions,
  type LintSettingsState,
} from './lint-settings-slice.ts';
import { createPoliciesSlice, type PoliciesActions, type PoliciesState } from './policies-slice.ts';
import {
  createPracticesSlice,
  type PracticesActions,
  type PracticesState,
} from './practices-slice.ts';
import { createRequestsSlice, type RequestsActions, type RequestsState } from './requests-slice.ts';
import { createThemeSlice, type ThemeActions, type ThemeState } from './theme-slice.ts';
import {
  createWorkspaceSlice,
  type WorkspaceActions,
  type WorkspaceState,
} from './workspace-slice.ts';

export type StudioActions = PoliciesActions &
  ThemeActions &
  EditorViewActions &
  RequestsActions &
  WorkspaceActions &
  LintSettingsActions &
  AnalysisActions &
  AccountViewActions &
  CloudTrailActions &
  PracticesActions &
  DiffActions;
export type StudioState = PoliciesState &
  ThemeState &
  EditorViewState &
  RequestsState &
  WorkspaceState &
  LintSettingsState &
  AnalysisState &
  AccountViewState &
  CloudTrailState &
  PracticesState &
  DiffState & { actions: StudioActions };

/** Builds a fresh store; the app uses the one instance below, tests build their own. */
export function createStudioStore() {
  return create<StudioState>()((set) => {
    const policies = createPoliciesSlice(set);
    const theme = createThemeSlice(set);
    const editorView = createEditorViewSlice(set);
    const requests = createRequestsSlice(set);
    const workspace = createWorkspaceSlice(set);
    const lintSettings = createLintSettingsSlice(set);
    const analysis = createAnalysisSlice(set);
    const accountView = createAccountViewSlice(set);
    const cloudTrail = createCloudTrailSlice(set);
    const practices = createPracticesSlice(set);
    const diff = createDiffSlice(set, policies.state.policies);
    return {
      ...policies.state,
      ...theme.state,
      ...editorView.state,
      ...requests.state,
      ...workspace.state,
      ...lintSettings.state,
      ...analysis.state,
      ...accountView.state,
      ...cloudTrail.state,
      ...practices.state,
      ...diff.state,
      actions: {
        ...policies.actions,
        ...theme.actions,
        ...editorView.actions,
        ...requests.actions,
        ...workspace.actions,
        ...lintSettings.actions,
        ...analysis.actions,
        ...accountView.actions,
        ...cloudTrail.actions,
        ...practices.actions,
        ...diff.actions,
        // A policy selected from anywhere (the simulator, the identities, CloudTrail) is shown in
        // the editor, in place of the account analysis or the CloudTrail view.
        selectPolicy: (id: string) => {
          policies.actions.selectPolicy(id);
          accountView.actions.setSidebarTab('policies');
          cloudTrail.actions.setCloudTrailOpen(false);
          practices.actions.setPracticesOpen(false);
          diff.actions.closeComparison();
        },
        // What a workspace is opened with is what its policies' edits are compared with.
        replaceScenario: (scenario: Scenario, selectedRequest?: string) => {
          workspace.actions.replaceScenario(scenario, selectedRequest);
          diff.actions.setOpenedDocuments(scenario.policies);
        },
        // The CloudTrail and best-practices views take the main area in turn.
        setCloudTrailOpen: (open: boolean) => {
          cloudTrail.actions.setCloudTrailOpen(open);
          if (open) practices.actions.setPracticesOpen(false);
        },
        setPracticesOpen: (open: boolean) => {
          practices.actions.setPracticesOpen(open);
          if (open) cloudTrail.actions.setCloudTrailOpen(false);
        },
      },
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
