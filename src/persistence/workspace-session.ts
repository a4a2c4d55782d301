import { decodeShareLink, packText, PACK_FROM_CHARACTERS, type Scenario } from '../core/index.ts';
import { readShareFragment } from './share-url.ts';
import {
  WorkspaceStorage,
  type StoredWorkspace,
  type WorkspaceSummary,
} from './workspace-storage.ts';

/** How the session reaches the app's scenario, so it needs no knowledge of the store. */
export interface ScenarioBinding {
  getScenario(): Scenario;
  replaceScenario(scenario: Scenario, selectedRequest?: string): void;
  /** Called on every change of the scenario; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export type SessionProblem =
  { kind: 'conflict'; theirs: StoredWorkspace } | { kind: 'full'; message: string };

export interface SessionState {
  id: string;
  name: string;
  readOnly: boolean;
  workspaces: WorkspaceSummary[];
  problem?: SessionProblem;
  /** What happened to a share link the page was opened with. */
  notice?: { kind: 'info' | 'error'; message: string };
}

const SAVE_DELAY_MS = 400;
/**
 * A save blocks the page, so a scenario that takes long to save waits for a longer pause: at
 * least this many times as long as its last save took.
 */
const SAVE_DELAY_FACTOR = 10;
const MAX_SAVE_DELAY_MS = 2000;
/**
 * How long a save waits for the background packer before it packs the text on the page (a long
 * task for a large text). The analysis worker runs one job at a time, so a pack can wait behind a
 * long one (the lint of an account's thousands of policies takes seconds): this is for a worker
 * that is stuck, not one that is busy.
 */
export const PACK_WAIT_MS = 20_000;

/**
 * The user's named workspaces: restores the last one, opens share links as new workspaces (never
 * over the user's own work), saves every change, and stops at a conflict with another tab.
 */
export class WorkspaceSession {
  private state: SessionState;
  /** The saved revision this tab's scenario is based on, and the tab that wrote it. */
  private revision = 0;
  private savedBy = '';
  private lastSaveMs = 0;
  /** The save waiting for a pause in the edits, or for its text to be packed. */
  private pending: { cancel(): void } | undefined;
  private readonly listeners = new Set<() => void>();
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly storage: WorkspaceStorage,
    private readonly binding: ScenarioBinding,
    private readonly newId: () => string,
    /** Packs a long text (packText) away from the page's thread: a worker's, in the app. */
    private readonly packInBackground: (text: string, signal: AbortSignal) => Promise<string> = (
      text,
    ) => Promise.resolve(packText(text)),
  ) {
    this.state = { id: newId(), name: 'My workspace', readOnly: false, workspaces: storage.list() };
  }

  getState = (): SessionState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Opens the share link in `hash` if there is one, else the last workspace, else saves a new one. */
  start(hash: string): void {
    const fragment = readShareFragment(hash);
    const last = this.storage.lastOpened();
    const restored = last === undefined ? undefined : this.storage.load(last);
    if (fragment) {
      const decoded = decodeShareLink(fragment.payload);
      if (decoded.ok) {
        this.adopt(this.newId(), this.uniqueName('Shared scenario'), fragment.view);
        this.binding.replaceScenario(decoded.workspace.scenario, decoded.workspace.selectedRequest);
        this.set({
          notice: {
            kind: 'info',
            message: fragment.view
              ? 'Opened a shared scenario, read-only. Choose "Edit a copy" to change it.'
              : `Opened a shared scenario as a new workspace, "${this.state.name}". Your other workspaces are unchanged.`,
          },
        });
        if (!fragment.view) this.saveNow();
      } else {
        this.restoreOrCreate(restored);
        this.set({
          notice: {
            kind: 'error',
            message: `The shared link could not be opened: ${decoded.message}`,
          },
        });
      }
    } else {
      this.restoreOrCreate(restored);
    }
    this.unsubscribe = this.binding.subscribe(() => this.scheduleSave());
  }

  stop(): void {
    this.flush();
    this.unsubscribe?.();
  }

  /** Saves a pending change at once (the page is being hidden or closed). */
  flush(): void {
    if (this.pending === undefined) return;
    this.cancelPending();
    this.saveNow();
  }

  /**
   * Whether this tab holds work that is not in storage: a change waiting for its save, one the
   * storage refused (full), or saving paused by a conflict with another tab.
   */
  hasUnsavedChanges(): boolean {
    return this.pending !== undefined || this.state.problem !== undefined;
  }

  /**
   * The page is about to unload: saves a waiting change at once, tries again a save the full
   * storage refused (the user may have freed space), and tells whether work would still be lost.
   */
  saveBeforeUnload(): boolean {
    if (this.pending !== undefined || this.state.problem?.kind === 'full') {
      this.cancelPending();
      this.saveNow();
    }
    return this.hasUnsavedChanges();
  }

  /**
   * Leaving the open workspace would drop work that is not in storage (full, or paused by a
   * conflict): stay, and say what to do first.
   */
  private refusesToLeave(): boolean {
    if (!this.saveBeforeUnload()) return false;
    const message =
      this.state.problem?.kind === 'conflict'
        ? 'Settle the conflict with the other tab before opening another workspace: this one has changes that are not saved.'
        : "This workspace has changes that are not saved: the browser's storage is full. Free some space (delete a workspace) or export it before opening another.";
    this.set({ notice: { kind: 'error', message } });
    return true;
  }

  rename(name: string): void {
    const trimmed = name.trim();
    if (trimmed === '' || trimmed === this.state.name) return;
    this.set({ name: trimmed });
    this.saveNow();
  }

  /** A fresh workspace holding `scenario`; the current one stays saved. */
  createWorkspace(scenario: Scenario, name = 'Untitled workspace'): void {
    if (this.refusesToLeave()) return;
    this.adopt(this.newId(), this.uniqueName(name), false);
    this.binding.replaceScenario(scenario);
    // In a task of its own, after the page shows the workspace: for an account's workspace of
    // megabytes, showing it and saving it in one task would block the page for both.
    this.scheduleSave(0);
  }

  switchTo(id: string): void {
    const stored = this.storage.load(id);
    if (!stored) {
      this.set({ notice: { kind: 'error', message: 'That workspace could not be read.' } });
      return;
    }
    if (this.refusesToLeave()) return;
    this.adopt(stored.id, stored.name, false, stored);
    this.binding.replaceScenario(stored.scenario);
    this.storage.setLastOpened(stored.id);
  }

  /** Deletes a workspace other than the open one. */
  remove(id: string): void {
    if (id === this.state.id) return;
    this.storage.remove(id);
    this.set({ workspaces: this.storage.list() });
  }

  /** Leaves read-only mode by saving the shared scenario as the user's own copy. */
  editCopy(): void {
    this.set({ readOnly: false, notice: undefined });
    this.saveNow();
  }

  dismissNotice(): void {
    this.set({ notice: undefined });
  }

  /**
   * Another tab saved a workspace (the `storage` event). When it is the open one: with no unsaved
   * change here, show theirs; with one, stop saving and ask.
   */
  onExternalChange(): void {
    this.set({ workspaces: this.storage.list() });
    // One save fires several storage events; only a new revision is worth reading in full. The
    // stamp, not the metadata, says whose text is stored (see workspace-storage.ts).
    const stamp = this.storage.stamp(this.state.id);
    if (!stamp || this.state.readOnly) return;
    if (stamp.revision === this.revision && stamp.savedBy === this.savedBy) return;
    const stored = this.storage.load(this.state.id);
    if (!stored) return;
    // A revision this tab already has, written by another tab: both saved at once, and the other
    // write replaced this tab's (localStorage has no compare-and-set across tabs).
    const overwritten = stored.revision <= this.revision;
    if (overwritten || this.pending !== undefined || this.state.problem?.kind === 'conflict') {
      this.cancelPending();
      this.set({ problem: { kind: 'conflict', theirs: stored } });
      return;
    }
    this.revision = stored.revision;
    this.savedBy = stored.savedBy;
    this.binding.replaceScenario(stored.scenario);
    this.set({ name: stored.name });
  }

  /** Settles a conflict: keep this tab's version, or take the other tab's. */
  resolveConflict(keep: 'mine' | 'theirs'): void {
    const problem = this.state.problem;
    if (problem?.kind !== 'conflict') return;
    if (keep === 'theirs') {
      this.revision = problem.theirs.revision;
      this.savedBy = problem.theirs.savedBy;
      this.binding.replaceScenario(problem.theirs.scenario);
      this.set({ problem: undefined, name: problem.theirs.name });
      return;
    }
    const result = this.storage.overwrite(
      this.state.id,
      this.state.name,
      this.binding.getScenario(),
    );
    this.afterSave(result);
  }

  private restoreOrCreate(restored: StoredWorkspace | undefined): void {
    if (restored) {
      this.adopt(restored.id, restored.name, false, restored);
      this.binding.replaceScenario(restored.scenario);
    } else {
      this.saveNow();
    }
  }

  private adopt(
    id: string,
    name: string,
    readOnly: boolean,
    saved: { revision: number; savedBy: string } = { revision: 0, savedBy: '' },
  ): void {
    this.revision = saved.revision;
    this.savedBy = saved.savedBy;
    this.set({ id, name, readOnly, problem: undefined });
  }

  private uniqueName(base: string): string {
    const taken = new Set(this.storage.list().map((entry) => entry.name));
    if (!taken.has(base)) return base;
    let suffix = 2;
    while (taken.has(`${base} ${suffix}`)) suffix += 1;
    return `${base} ${suffix}`;
  }

  /**
   * A save waits for a pause in the edits. Its text is then made in one task and stored (or sent
   * to be packed) in the next: for a large workspace each is tens of milliseconds, and together
   * they would block the page for both. A long text is packed on the way, in the background
   * (packInBackground), so storing it is quick; a packer that fails, or has not answered within
   * PACK_WAIT_MS, is not waited for: the text is packed here. An edit before the text is stored
   * starts the wait again and stops the packing; flush() saves at once.
   */
  private scheduleSave(delay = this.saveDelay()): void {
    if (this.state.readOnly) return;
    this.cancelPending();
    let cancelled = false;
    const packing = new AbortController();
    let madeInMs = 0;
    const cancel = () => {
      cancelled = true;
      clearTimeout(timer);
      packing.abort();
    };
    // The first of the packer's answer and the wait's end is stored; the other finds it cancelled.
    const store = (body: string) => {
      if (cancelled) return;
      cancel();
      this.pending = undefined;
      this.saveNow(body, madeInMs);
    };
    let timer = setTimeout(() => {
      const started = performance.now();
      const text = WorkspaceStorage.textOf(this.binding.getScenario());
      madeInMs = performance.now() - started;
      if (text.length < PACK_FROM_CHARACTERS) {
        timer = setTimeout(() => store(text), 0);
        return;
      }
      // Not once cancelled: a packer stopped by an edit fails, and the text it had is old.
      const packHere = () => {
        if (!cancelled) store(packText(text));
      };
      // Sending the text to the packer copies it: a task of its own too.
      timer = setTimeout(() => {
        timer = setTimeout(packHere, PACK_WAIT_MS);
        this.packInBackground(text, packing.signal).then(store, packHere);
      }, 0);
    }, delay);
    this.pending = { cancel };
  }

  private cancelPending(): void {
    this.pending?.cancel();
    this.pending = undefined;
  }

  /** Edits closer together than this are saved together (pagehide still flushes at once). */
  private saveDelay(): number {
    return Math.min(
      MAX_SAVE_DELAY_MS,
      Math.max(SAVE_DELAY_MS, this.lastSaveMs * SAVE_DELAY_FACTOR),
    );
  }

  /** `madeInMs`: how long making `body` took, when it was made before (scheduleSave). */
  private saveNow(body?: string, madeInMs = 0): void {
    if (this.state.readOnly || this.state.problem?.kind === 'conflict') return;
    const started = performance.now() - madeInMs;
    const result = this.storage.save(
      this.state.id,
      this.state.name,
      this.binding.getScenario(),
      this.revision,
      body,
    );
    this.lastSaveMs = performance.now() - started;
    this.afterSave(result);
  }

  private afterSave(result: ReturnType<WorkspaceStorage['save']>): void {
    if (result.ok) {
      this.revision = result.revision;
      this.savedBy = this.storage.tabId;
      this.storage.setLastOpened(this.state.id);
      this.set({ problem: undefined, workspaces: this.storage.list() });
    } else if (result.reason === 'conflict') {
      this.set({ problem: { kind: 'conflict', theirs: result.theirs } });
    } else {
      this.set({ problem: { kind: 'full', message: result.message } });
    }
  }

  private set(patch: Partial<SessionState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}
