// The stand-ins the WorkspaceSession tests share: storage in memory and an app to edit.
import { SCENARIO_FORMAT, type Scenario } from '../core/index.ts';
import { WorkspaceSession, type ScenarioBinding } from './workspace-session.ts';
import { WorkspaceStorage, type KeyValueStorage } from './workspace-storage.ts';

export class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string): void => {
    this.items.set(key, value);
  };
  removeItem = (key: string) => void this.items.delete(key);
}

export const scenario = (document: string): Scenario => ({
  format: SCENARIO_FORMAT,
  policies: [{ id: 'p', type: 'identity', document }],
  requests: [],
});

/** Stands in for the store: a scenario that the test edits and the session replaces. */
export class FakeApp implements ScenarioBinding {
  scenario = scenario('{"seed": true}');
  selected: string | undefined;
  private listeners = new Set<() => void>();
  getScenario = () => this.scenario;
  replaceScenario = (next: Scenario, selected?: string) => {
    this.scenario = next;
    this.selected = selected;
  };
  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  edit(document: string) {
    this.scenario = scenario(document);
    for (const listener of this.listeners) listener();
  }
}

/** Storage that refuses every write while `full`, as the browser's does at its quota. */
export class QuotaStorage extends MemoryStorage {
  full = false;
  override setItem = (key: string, value: string) => {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  };
}

let ids = 0;
export const newId = () => `w${(ids += 1)}`;

/** A tab opening the app on `memory`; `pack`, when given, is its background packer. */
export function open(
  memory: MemoryStorage,
  tab: string,
  hash = '',
  pack?: (text: string, signal: AbortSignal) => Promise<string>,
) {
  const app = new FakeApp();
  const session = new WorkspaceSession(new WorkspaceStorage(memory, tab), app, newId, pack);
  session.start(hash);
  return { app, session };
}
