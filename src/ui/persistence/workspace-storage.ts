import { readScenario, writeScenario, type Scenario } from '../../core/index.ts';

/** The part of the Web Storage API used here, so tests can pass any implementation. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface WorkspaceSummary {
  id: string;
  name: string;
  savedAt: string;
}

export interface StoredWorkspace extends WorkspaceSummary {
  /** Grows by one on every save; a save based on an older revision is a conflict. */
  revision: number;
  /** The tab that saved it last. */
  savedBy: string;
  scenario: Scenario;
}

export type SaveResult =
  | { ok: true; revision: number }
  | { ok: false; reason: 'conflict'; theirs: StoredWorkspace }
  | { ok: false; reason: 'full'; message: string };

const PREFIX = 'iam-policy-studio:workspace:';
const INDEX = 'iam-policy-studio:workspaces';
const LAST_OPENED = 'iam-policy-studio:last-workspace';

interface StoredRecord {
  id: string;
  name: string;
  savedAt: string;
  revision: number;
  savedBy: string;
  scenarioText: string;
}

function isRecord(value: unknown): value is StoredRecord {
  const record = value as Partial<StoredRecord> | null;
  return (
    typeof record === 'object' &&
    record !== null &&
    typeof record.id === 'string' &&
    typeof record.name === 'string' &&
    typeof record.savedAt === 'string' &&
    typeof record.revision === 'number' &&
    typeof record.savedBy === 'string' &&
    typeof record.scenarioText === 'string'
  );
}

function parseJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Named workspaces in the browser's storage. Everything read back is validated (another tab, an
 * older version or the user may have changed it), and a save that would drop another tab's newer
 * work is refused as a conflict for the user to settle.
 */
export class WorkspaceStorage {
  constructor(
    private readonly storage: KeyValueStorage,
    private readonly tabId: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(): WorkspaceSummary[] {
    const index = parseJson(this.storage.getItem(INDEX));
    if (!Array.isArray(index)) return [];
    return index.filter(
      (entry): entry is WorkspaceSummary =>
        typeof entry === 'object' &&
        entry !== null &&
        typeof (entry as WorkspaceSummary).id === 'string' &&
        typeof (entry as WorkspaceSummary).name === 'string' &&
        typeof (entry as WorkspaceSummary).savedAt === 'string',
    );
  }

  /** The workspace, or undefined when it is missing or its stored form is not a valid scenario. */
  load(id: string): StoredWorkspace | undefined {
    const record = parseJson(this.storage.getItem(PREFIX + id));
    if (!isRecord(record)) return undefined;
    const read = readScenario(record.scenarioText);
    if (!read.ok) return undefined;
    const { id: storedId, name, savedAt, revision, savedBy } = record;
    return { id: storedId, name, savedAt, revision, savedBy, scenario: read.scenario };
  }

  /** Saves when nobody else saved since `baseRevision` (0 for a new workspace). */
  save(id: string, name: string, scenario: Scenario, baseRevision: number): SaveResult {
    const current = this.load(id);
    if (current && current.revision !== baseRevision && current.savedBy !== this.tabId) {
      return { ok: false, reason: 'conflict', theirs: current };
    }
    return this.write(id, name, scenario, Math.max(baseRevision, current?.revision ?? 0) + 1);
  }

  /** Saves over whatever is stored: the user chose to keep this tab's version. */
  overwrite(id: string, name: string, scenario: Scenario): SaveResult {
    return this.write(id, name, scenario, (this.load(id)?.revision ?? 0) + 1);
  }

  remove(id: string): void {
    this.storage.removeItem(PREFIX + id);
    this.writeIndex(this.list().filter((entry) => entry.id !== id));
  }

  lastOpened(): string | undefined {
    return this.storage.getItem(LAST_OPENED) ?? undefined;
  }

  setLastOpened(id: string): void {
    this.storage.setItem(LAST_OPENED, id);
  }

  private write(id: string, name: string, scenario: Scenario, revision: number): SaveResult {
    const savedAt = this.now().toISOString();
    const record: StoredRecord = {
      id,
      name,
      savedAt,
      revision,
      savedBy: this.tabId,
      scenarioText: writeScenario(scenario),
    };
    try {
      this.storage.setItem(PREFIX + id, JSON.stringify(record));
      const others = this.list().filter((entry) => entry.id !== id);
      this.writeIndex([...others, { id, name, savedAt }]);
    } catch (error) {
      return {
        ok: false,
        reason: 'full',
        message: `The browser's storage is full, so this workspace was not saved (${String(error)}). Export it, or delete other workspaces.`,
      };
    }
    return { ok: true, revision };
  }

  private writeIndex(entries: WorkspaceSummary[]): void {
    this.storage.setItem(INDEX, JSON.stringify(entries));
  }
}
