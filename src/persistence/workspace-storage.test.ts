import { describe, expect, it } from 'vitest';
import { SCENARIO_FORMAT, type Scenario } from '../core/index.ts';
import { WorkspaceStorage, type KeyValueStorage } from './workspace-storage.ts';

class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  quota = Infinity;
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (value.length > this.quota) throw new DOMException('quota', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const scenario = (document: string): Scenario => ({
  format: SCENARIO_FORMAT,
  policies: [{ id: 'p', type: 'identity', document }],
  requests: [],
});

describe('WorkspaceStorage', () => {
  it('saves and restores a workspace, its policy text byte for byte', () => {
    const memory = new MemoryStorage();
    const tab = new WorkspaceStorage(memory, 'tab-a');
    const text = '{\n  // mine\n  "Statement": []\n}';
    expect(tab.save('w1', 'First', scenario(text), 0)).toEqual({ ok: true, revision: 1 });
    const restored = new WorkspaceStorage(memory, 'tab-after-reload').load('w1');
    expect(restored?.scenario.policies[0]?.document).toBe(text);
    expect(restored).toMatchObject({ name: 'First', revision: 1 });
    expect(tab.list().map((entry) => entry.name)).toEqual(['First']);
  });

  it('refuses to drop another tab\u2019s newer save, and overwrites only when told to', () => {
    const memory = new MemoryStorage();
    const a = new WorkspaceStorage(memory, 'tab-a');
    const b = new WorkspaceStorage(memory, 'tab-b');
    a.save('w', 'W', scenario('{"a":1}'), 0);
    expect(b.save('w', 'W', scenario('{"b":1}'), 1)).toEqual({ ok: true, revision: 2 });
    const conflict = a.save('w', 'W', scenario('{"a":2}'), 1);
    expect(conflict).toMatchObject({ ok: false, reason: 'conflict' });
    expect(
      !conflict.ok &&
        conflict.reason === 'conflict' &&
        conflict.theirs.scenario.policies[0]?.document,
    ).toBe('{"b":1}');
    expect(a.overwrite('w', 'W', scenario('{"a":2}'))).toEqual({ ok: true, revision: 3 });
    expect(b.load('w')?.scenario.policies[0]?.document).toBe('{"a":2}');
  });

  it('a tab saving over its own older revision is not a conflict', () => {
    const memory = new MemoryStorage();
    const a = new WorkspaceStorage(memory, 'tab-a');
    a.save('w', 'W', scenario('{}'), 0);
    a.save('w', 'W', scenario('{"x":1}'), 1);
    expect(a.save('w', 'W', scenario('{"x":2}'), 1)).toEqual({ ok: true, revision: 3 });
  });

  it('ignores stored data that is not a valid workspace instead of crashing', () => {
    const memory = new MemoryStorage();
    memory.setItem('iam-policy-studio:workspaces', '{"not": "a list"}');
    memory.setItem('iam-policy-studio:workspace:bad', '{"id": "bad", "scenarioText": 3}');
    memory.setItem('iam-policy-studio:workspace:broken', 'not json');
    const tab = new WorkspaceStorage(memory, 't');
    expect(tab.list()).toEqual([]);
    expect(tab.load('bad')).toBeUndefined();
    expect(tab.load('broken')).toBeUndefined();
  });

  it('says so when the storage is full', () => {
    const memory = new MemoryStorage();
    memory.quota = 10;
    const result = new WorkspaceStorage(memory, 't').save('w', 'W', scenario('{}'), 0);
    expect(result).toMatchObject({ ok: false, reason: 'full' });
  });

  it('deletes a workspace and remembers the last one opened', () => {
    const memory = new MemoryStorage();
    const tab = new WorkspaceStorage(memory, 't');
    tab.save('w1', 'One', scenario('{}'), 0);
    tab.save('w2', 'Two', scenario('{}'), 0);
    tab.remove('w1');
    expect(tab.list().map((entry) => entry.id)).toEqual(['w2']);
    expect(tab.load('w1')).toBeUndefined();
    tab.setLastOpened('w2');
    expect(tab.lastOpened()).toBe('w2');
  });

  it('keeps the revision under a small key, so a save never reads the scenario back', () => {
    const memory = new MemoryStorage();
    const tab = new WorkspaceStorage(memory, 't');
    const text = '{"Statement": []}';
    tab.save('w', 'W', scenario(text), 0);
    expect([...memory.items.keys()].sort()).toEqual([
      'iam-policy-studio:workspace-meta:w',
      'iam-policy-studio:workspace-scenario:w',
      'iam-policy-studio:workspaces',
    ]);
    expect(JSON.parse(memory.items.get('iam-policy-studio:workspace-meta:w')!)).toMatchObject({
      revision: 1,
      savedBy: 't',
    });
    const read: string[] = [];
    const getItem = memory.getItem.bind(memory);
    memory.getItem = (key: string) => (read.push(key), getItem(key));
    expect(tab.save('w', 'W', scenario(text), 1)).toEqual({ ok: true, revision: 2 });
    expect(read).not.toContain('iam-policy-studio:workspace-scenario:w');
  });

  it('loads a workspace saved by the previous version, and moves it to the new layout on save', () => {
    const memory = new MemoryStorage();
    const text = '{\n  // old\n  "Statement": []\n}';
    const legacy = {
      id: 'old',
      name: 'Old',
      savedAt: '2026-01-01T00:00:00.000Z',
      revision: 4,
      savedBy: 'tab-before-upgrade',
      scenarioText: JSON.stringify(scenario(text)),
    };
    memory.setItem('iam-policy-studio:workspace:old', JSON.stringify(legacy));
    const tab = new WorkspaceStorage(memory, 't');
    expect(tab.load('old')).toMatchObject({ name: 'Old', revision: 4 });
    expect(tab.load('old')?.scenario.policies[0]?.document).toBe(text);
    // The old record's revision still guards against dropping another tab's work.
    expect(tab.save('old', 'Old', scenario('{}'), 3)).toMatchObject({ reason: 'conflict' });
    expect(tab.save('old', 'Old', scenario('{"new": 1}'), 4)).toEqual({ ok: true, revision: 5 });
    expect(memory.items.has('iam-policy-studio:workspace:old')).toBe(false);
    expect(tab.load('old')?.scenario.policies[0]?.document).toBe('{"new": 1}');
    tab.remove('old');
    expect([...memory.items.keys()]).toEqual(['iam-policy-studio:workspaces']);
  });

  describe('a long workspace is stored packed', () => {
    const longText = JSON.stringify(
      {
        Statement: Array.from({ length: 2000 }, (_, index) => ({
          Sid: `S${index}`,
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: `arn:aws:s3:::bucket-${index}/ключ/*`,
        })),
      },
      null,
      2,
    );
    const scenarioKey = 'iam-policy-studio:workspace-scenario:big';

    it('in a fraction of the space, and read back character for character', () => {
      const memory = new MemoryStorage();
      const plainLength = WorkspaceStorage.textOf(scenario(longText)).length;
      // A quota the plain text would not fit in, as the browser's refuses a large workspace.
      memory.quota = plainLength / 10;
      expect(new WorkspaceStorage(memory, 'a').save('big', 'Big', scenario(longText), 0)).toEqual({
        ok: true,
        revision: 1,
      });
      const stored = memory.items.get(scenarioKey)!;
      expect(stored).toMatch(/^@\{"revision":1,"savedBy":"a"\}\nzlib,base64url:/);
      const restored = new WorkspaceStorage(memory, 'b');
      expect(restored.load('big')?.scenario.policies[0]?.document).toBe(longText);
      expect(restored.stamp('big')).toEqual({ revision: 1, savedBy: 'a' });
    });

    it('a body packed elsewhere (the worker) is stored as given', () => {
      const memory = new MemoryStorage();
      const tab = new WorkspaceStorage(memory, 'a');
      const body = WorkspaceStorage.bodyOf(scenario(longText));
      expect(tab.save('big', 'Big', scenario('{"ignored": true}'), 0, body).ok).toBe(true);
      expect(tab.load('big')?.scenario.policies[0]?.document).toBe(longText);
    });

    it('a packed body damaged in storage is not a workspace, and nothing throws', () => {
      const memory = new MemoryStorage();
      const tab = new WorkspaceStorage(memory, 'a');
      tab.save('big', 'Big', scenario(longText), 0);
      const stored = memory.items.get(scenarioKey)!;
      memory.items.set(scenarioKey, stored.slice(0, -20));
      expect(tab.load('big')).toBeUndefined();
      expect(tab.stamp('big')).toEqual({ revision: 1, savedBy: 'a' });
    });
  });
});
