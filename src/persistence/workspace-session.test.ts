import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeShareLink } from '../core/index.ts';
import { FakeApp, MemoryStorage, newId, open, QuotaStorage, scenario } from './session-testing.ts';
import { WorkspaceSession } from './workspace-session.ts';
import { WorkspaceStorage, type KeyValueStorage } from './workspace-storage.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('WorkspaceSession', () => {
  it('saves every change after a short pause and restores it on reload, even mid-edit', () => {
    const memory = new MemoryStorage();
    const first = open(memory, 'a');
    first.app.edit('{"v": 1}');
    vi.advanceTimersByTime(500);
    first.app.edit('{"v": 2}');
    first.session.flush();
    const reloaded = open(memory, 'a-reloaded');
    expect(reloaded.app.scenario.policies[0]?.document).toBe('{"v": 2}');
    expect(reloaded.session.getState().name).toBe('My workspace');
  });

  it('opens a share link as a new workspace and keeps the user\u2019s own', () => {
    const memory = new MemoryStorage();
    const mine = open(memory, 'a');
    mine.app.edit('{"mine": true}');
    mine.session.flush();
    const shared = { scenario: scenario('{"shared": true}'), selectedRequest: '0' };
    const linked = open(memory, 'b', `#s=${encodeShareLink(shared)}`);
    expect(linked.app.scenario).toEqual(shared.scenario);
    expect(linked.app.selected).toBe('0');
    expect(linked.session.getState()).toMatchObject({
      name: 'Shared scenario',
      readOnly: false,
      notice: { kind: 'info' },
    });
    expect(
      linked.session
        .getState()
        .workspaces.map((entry) => entry.name)
        .sort(),
    ).toEqual(['My workspace', 'Shared scenario']);
    linked.session.switchTo(mine.session.getState().id);
    expect(linked.app.scenario.policies[0]?.document).toBe('{"mine": true}');
  });

  it('opens a read-only link without saving until "Edit a copy"', () => {
    const memory = new MemoryStorage();
    const linked = open(
      memory,
      'a',
      `#s=${encodeShareLink({ scenario: scenario('{"s": 1}') })}&view`,
    );
    expect(linked.session.getState().readOnly).toBe(true);
    expect(linked.session.getState().workspaces).toEqual([]);
    linked.session.editCopy();
    expect(linked.session.getState().workspaces.map((entry) => entry.name)).toEqual([
      'Shared scenario',
    ]);
  });

  it('starts normally with a clear message when the link is bad', () => {
    const linked = open(new MemoryStorage(), 'a', '#s=1.AAAA');
    expect(linked.session.getState().notice).toEqual({
      kind: 'error',
      message: expect.stringMatching(/^The shared link could not be opened: The link is damaged/),
    });
    expect(linked.app.scenario.policies[0]?.document).toBe('{"seed": true}');
  });

  it('two tabs: an edit here after another tab saved is a conflict, settled by the user', () => {
    const memory = new MemoryStorage();
    const a = open(memory, 'a');
    const b = open(memory, 'b');
    expect(b.session.getState().id).toBe(a.session.getState().id);
    b.app.edit('{"from": "b"}');
    b.session.flush();
    a.app.edit('{"from": "a"}');
    a.session.flush();
    expect(a.session.getState().problem).toMatchObject({ kind: 'conflict' });
    a.session.resolveConflict('mine');
    expect(a.session.getState().problem).toBeUndefined();
    expect(open(memory, 'c').app.scenario.policies[0]?.document).toBe('{"from": "a"}');
  });

  it('another tab\u2019s save shows here at once when nothing is pending, and conflicts when something is', () => {
    const memory = new MemoryStorage();
    const a = open(memory, 'a');
    const b = open(memory, 'b');
    b.app.edit('{"n": 1}');
    b.session.flush();
    a.session.onExternalChange();
    expect(a.app.scenario.policies[0]?.document).toBe('{"n": 1}');
    a.app.edit('{"n": "a"}');
    b.app.edit('{"n": 2}');
    b.session.flush();
    a.session.onExternalChange();
    expect(a.session.getState().problem).toMatchObject({
      kind: 'conflict',
      theirs: { scenario: scenario('{"n": 2}') },
    });
    a.session.resolveConflict('theirs');
    expect(a.app.scenario.policies[0]?.document).toBe('{"n": 2}');
  });

  it('notices another tab writing the same revision at once, so this tab\u2019s work is not dropped', () => {
    const memory = new MemoryStorage();
    const b = open(memory, 'b');
    b.app.edit('{"from": "b"}');
    b.session.flush();
    // Tab a saved at the same moment from the revision before (localStorage has no
    // compare-and-set across tabs): its write lands over b's, with the same revision number.
    const id = b.session.getState().id;
    const metaKey = `iam-policy-studio:workspace-meta:${id}`;
    const meta = JSON.parse(memory.getItem(metaKey) ?? '{}') as Record<string, unknown>;
    memory.setItem(
      `iam-policy-studio:workspace-scenario:${id}`,
      JSON.stringify(scenario('{"from": "a"}')),
    );
    memory.setItem(metaKey, JSON.stringify({ ...meta, savedBy: 'a' }));

    b.session.onExternalChange();
    expect(b.session.getState().problem?.kind).toBe('conflict');
    expect(b.app.scenario).toEqual(scenario('{"from": "b"}'));
    b.session.resolveConflict('mine');
    expect(b.session.getState().problem).toBeUndefined();
    b.session.onExternalChange();
    expect(b.session.getState().problem).toBeUndefined();
  });

  it('two tabs saving at the same moment, their writes interleaved: the tab whose text was replaced is told', () => {
    const memory = new MemoryStorage();
    // Tab a's writes reach the storage with tab b's whole save between its scenario and its
    // metadata: the text stored is b's, under metadata that says a saved last.
    let between: (() => void) | undefined;
    const interleaved: KeyValueStorage = {
      getItem: memory.getItem,
      removeItem: memory.removeItem,
      setItem: (key, value) => {
        if (key.includes('workspace-meta:')) {
          between?.();
          between = undefined;
        }
        memory.setItem(key, value);
      },
    };
    const a = { app: new FakeApp() };
    const aSession = new WorkspaceSession(new WorkspaceStorage(interleaved, 'a'), a.app, newId);
    aSession.start('');
    const b = open(memory, 'b');
    b.session.switchTo(aSession.getState().id);
    a.app.edit('{"from": "a"}');
    b.app.edit('{"from": "b"}');
    between = () => b.session.flush();
    aSession.flush();

    aSession.onExternalChange();
    b.session.onExternalChange();
    expect(b.session.getState().problem).toBeUndefined();
    expect(aSession.getState().problem).toMatchObject({
      kind: 'conflict',
      theirs: { scenario: scenario('{"from": "b"}') },
    });
    aSession.resolveConflict('theirs');
    expect(a.app.scenario).toEqual(scenario('{"from": "b"}'));
  });

  it('renames, creates, switches and deletes workspaces', () => {
    const memory = new MemoryStorage();
    const { app, session } = open(memory, 'a');
    session.rename('  Billing  ');
    const billing = session.getState().id;
    session.createWorkspace(scenario('{"new": 1}'), 'Audit');
    expect(app.scenario.policies[0]?.document).toBe('{"new": 1}');
    vi.runOnlyPendingTimers();
    vi.runOnlyPendingTimers();
    expect(
      session
        .getState()
        .workspaces.map((entry) => entry.name)
        .sort(),
    ).toEqual(['Audit', 'Billing']);
    session.switchTo(billing);
    expect(app.scenario.policies[0]?.document).toBe('{"seed": true}');
    const audit = session.getState().workspaces.find((entry) => entry.name === 'Audit')!.id;
    session.remove(audit);
    session.remove(billing);
    expect(session.getState().workspaces.map((entry) => entry.name)).toEqual(['Billing']);
  });

  it('keeps the conflict when one save of the other tab fires several storage events', () => {
    const memory = new MemoryStorage();
    const a = open(memory, 'a');
    const b = open(memory, 'b');
    a.app.edit('{"n": "a"}');
    b.app.edit('{"n": "b"}');
    b.session.flush();
    a.session.onExternalChange();
    a.session.onExternalChange();
    expect(a.session.getState().problem).toMatchObject({ kind: 'conflict' });
    expect(a.app.scenario.policies[0]?.document).toBe('{"n": "a"}');
  });

  describe('unsaved work (the page asks before unloading while there is some)', () => {
    it('a new workspace is shown first and saved in a task of its own, at once before unload', () => {
      const memory = new MemoryStorage();
      const { session } = open(memory, 'a');
      session.createWorkspace(scenario('{"new": 1}'), 'Audit');
      const audit = session.getState().id;
      expect(memory.items.has(`iam-policy-studio:workspace-meta:${audit}`)).toBe(false);
      expect(session.hasUnsavedChanges()).toBe(true);
      // Its text is made in one task, and stored in the next.
      vi.runOnlyPendingTimers();
      expect(memory.items.has(`iam-policy-studio:workspace-meta:${audit}`)).toBe(false);
      expect(session.hasUnsavedChanges()).toBe(true);
      vi.runOnlyPendingTimers();
      expect(session.hasUnsavedChanges()).toBe(false);
      expect(open(memory, 'reloaded').app.scenario.policies[0]?.document).toBe('{"new": 1}');

      session.createWorkspace(scenario('{"other": 1}'), 'Other');
      expect(session.saveBeforeUnload()).toBe(false);
      expect(open(memory, 'reloaded').app.scenario.policies[0]?.document).toBe('{"other": 1}');
    });

    it('an edit between the task that makes the text and the one that stores it is what is saved', () => {
      const memory = new MemoryStorage();
      const { app, session } = open(memory, 'a');
      app.edit('{"first": 1}');
      vi.advanceTimersByTime(400);
      app.edit('{"second": 2}');
      vi.runAllTimers();
      expect(open(memory, 'reloaded').app.scenario.policies[0]?.document).toBe('{"second": 2}');
      app.edit('{"third": 3}');
      vi.advanceTimersByTime(400);
      session.flush();
      expect(open(memory, 'reloaded').app.scenario.policies[0]?.document).toBe('{"third": 3}');
    });

    it('an edit is unsaved until its save, which happens at once before unload', () => {
      const memory = new MemoryStorage();
      const { app, session } = open(memory, 'a');
      expect(session.hasUnsavedChanges()).toBe(false);
      app.edit('{"v": 1}');
      expect(session.hasUnsavedChanges()).toBe(true);
      vi.advanceTimersByTime(500);
      expect(session.hasUnsavedChanges()).toBe(false);

      app.edit('{"v": 2}');
      expect(session.saveBeforeUnload()).toBe(false);
      expect(open(memory, 'a-reloaded').app.scenario.policies[0]?.document).toBe('{"v": 2}');
    });

    it('storage full: the edit stays unsaved, and is saved before unload once there is room', () => {
      const memory = new QuotaStorage();
      const { app, session } = open(memory, 'a');
      memory.full = true;
      app.edit('{"lost": "unless saved"}');
      vi.advanceTimersByTime(500);
      expect(session.getState().problem?.kind).toBe('full');
      expect(session.hasUnsavedChanges()).toBe(true);
      expect(session.saveBeforeUnload()).toBe(true);

      memory.full = false;
      expect(session.saveBeforeUnload()).toBe(false);
      expect(session.getState().problem).toBeUndefined();
      expect(open(memory, 'a-reloaded').app.scenario.policies[0]?.document).toBe(
        '{"lost": "unless saved"}',
      );
    });

    it('storage full: switching or creating a workspace keeps the open one and its unsaved edit', () => {
      const memory = new QuotaStorage();
      const { app, session } = open(memory, 'a');
      const first = session.getState().id;
      session.createWorkspace(scenario('{"other": 1}'), 'Other');
      const other = session.getState().id;
      session.switchTo(first);
      memory.full = true;
      app.edit('{"kept": true}');
      vi.advanceTimersByTime(500);

      session.switchTo(other);
      session.createWorkspace(scenario('{"new": 1}'), 'New');
      expect(session.getState().id).toBe(first);
      expect(app.scenario.policies[0]?.document).toBe('{"kept": true}');
      expect(session.getState().notice?.message).toMatch(/storage is full/);

      memory.full = false;
      session.switchTo(other);
      expect(app.scenario.policies[0]?.document).toBe('{"other": 1}');
      expect(open(memory, 'reloaded').session.getState().workspaces).toHaveLength(2);
      session.switchTo(first);
      expect(app.scenario.policies[0]?.document).toBe('{"kept": true}');
    });

    it('a conflict with another tab keeps this tab\u2019s edit unsaved until the user settles it', () => {
      const memory = new MemoryStorage();
      const a = open(memory, 'a');
      const b = open(memory, 'b');
      b.app.edit('{"from": "b"}');
      b.session.flush();
      a.app.edit('{"from": "a"}');
      expect(a.session.saveBeforeUnload()).toBe(true);
      expect(a.session.getState().problem?.kind).toBe('conflict');
      a.session.resolveConflict('mine');
      expect(a.session.hasUnsavedChanges()).toBe(false);
    });
  });
});
