import { describe, expect, it } from 'vitest';
import { SCENARIO_FORMAT, type Scenario } from '../../core/index.ts';
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
});
