import type { DiffResult, ScenarioPolicy } from '../core/index.ts';
import type { SliceSet } from './slice.ts';

/** What the open policy is compared with. */
export type DiffAgainst =
  /** Its text as the workspace was opened (restored from storage, a share link, an import). */
  | { kind: 'opened' }
  /** Another policy of the workspace, of the same type. */
  | { kind: 'policy'; policyId: string }
  /** Another version of the account's managed policy the policy stands for. */
  | { kind: 'version'; versionId: string };

export type DiffScope = 'policy' | 'workspace';

export interface DiffComparison {
  policyId: string;
  against: DiffAgainst;
}

/** The diff of the two texts `old` and `new` as the worker answers it. */
export interface DiffRun {
  old: string;
  new: string;
  status: 'running' | 'done' | 'cancelled' | 'failed';
  /** The answer for these texts once done; while running, the one for the texts before, if any. */
  result?: DiffResult;
  error?: string;
}

export interface DiffState {
  /**
   * Each policy's text as the workspace was opened: the workspace saves every edit at once, so
   * this is its last saved (or shared) state before this session's edits. A policy added since
   * has none: it granted nothing.
   */
  openedDocuments: ReadonlyMap<string, string>;
  /** The comparison the main area shows; null when it shows none. */
  comparison: DiffComparison | null;
  /** Each version decided alone, or in the workspace with every other policy as it is. */
  diffScope: DiffScope;
  diffRun?: DiffRun;
}

export interface DiffActions {
  compareWith(policyId: string, against: DiffAgainst): void;
  closeComparison(): void;
  setDiffRun(run: DiffRun | undefined): void;
  setDiffScope(scope: DiffScope): void;
  /** The policies' texts as a workspace is opened: the versions compared with from now on. */
  setOpenedDocuments(policies: readonly ScenarioPolicy[]): void;
  /** Takes a policy's text as reviewed: "What does this grant?" compares with it from now on. */
  setOpenedDocument(policyId: string, document: string): void;
}

// A Map: an object of an account's thousands of policies took 10-16 ms to make as it opened.
const documentsOf = (policies: readonly ScenarioPolicy[]) =>
  new Map(policies.map((policy) => [policy.id, policy.document]));

export function createDiffSlice(set: SliceSet<DiffState>, policies: readonly ScenarioPolicy[]) {
  const state: DiffState = {
    openedDocuments: documentsOf(policies),
    comparison: null,
    diffScope: 'policy',
  };
  const actions: DiffActions = {
    compareWith: (policyId, against) =>
      set(() => ({ comparison: { policyId, against }, diffRun: undefined })),
    closeComparison: () => set(() => ({ comparison: null, diffRun: undefined })),
    setDiffRun: (run) => set(() => ({ diffRun: run })),
    setDiffScope: (scope) => set(() => ({ diffScope: scope })),
    setOpenedDocuments: (opened) =>
      set(() => ({ openedDocuments: documentsOf(opened), comparison: null, diffRun: undefined })),
    setOpenedDocument: (policyId, document) =>
      set((s) => ({ openedDocuments: new Map(s.openedDocuments).set(policyId, document) })),
  };
  return { state, actions };
}
