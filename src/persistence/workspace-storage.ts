import { packText, readScenario, unpackText, writeScenario, type Scenario } from '../core/index.ts';

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

/**
 * Each workspace is two keys: its metadata (small: read on every save to check the revision) and
 * its scenario text, stored as written (or packed) so that a save never parses or re-escapes it.
 * Versions before this layout stored one JSON record under LEGACY_PREFIX; it is still read, and
 * replaced by the new layout on the next save.
 *
 * Two tabs saving at the same moment can interleave their writes of the two keys, leaving one
 * tab's scenario under the other's metadata. So the scenario text starts with a stamp line of its
 * own revision and tab (STAMP_MARK, JSON, newline): what it says is the truth about the text.
 * After the stamp comes the scenario text, packed when it is long (packText): that is its body.
 */
const META_PREFIX = 'iam-policy-studio:workspace-meta:';
const SCENARIO_PREFIX = 'iam-policy-studio:workspace-scenario:';
const LEGACY_PREFIX = 'iam-policy-studio:workspace:';
const INDEX = 'iam-policy-studio:workspaces';
const LAST_OPENED = 'iam-policy-studio:last-workspace';
const STAMP_MARK = '@';

/** Who wrote a stored scenario, and as which revision. */
export interface SaveStamp {
  revision: number;
  savedBy: string;
}

type WorkspaceMeta = Omit<StoredWorkspace, 'scenario'>;

interface LegacyRecord extends WorkspaceMeta {
  scenarioText: string;
}

/** A stored workspace as read: its scenario's body (packText's form) not unpacked yet. */
interface StoredBody extends WorkspaceMeta {
  body: string;
}

function isMeta(value: unknown): value is WorkspaceMeta {
  const meta = value as Partial<WorkspaceMeta> | null;
  return (
    typeof meta === 'object' &&
    meta !== null &&
    typeof meta.id === 'string' &&
    typeof meta.name === 'string' &&
    typeof meta.savedAt === 'string' &&
    typeof meta.revision === 'number' &&
    typeof meta.savedBy === 'string'
  );
}

function isLegacyRecord(value: unknown): value is LegacyRecord {
  return isMeta(value) && typeof (value as Partial<LegacyRecord>).scenarioText === 'string';
}

function parseJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The body after the stamp line, and the stamp (undefined for an unstamped text). */
function unstamp(stored: string): { stamp?: SaveStamp; body: string } {
  if (!stored.startsWith(STAMP_MARK)) return { body: stored };
  const end = stored.indexOf('\n');
  if (end < 0) return { body: stored };
  const stamp = parseJson(stored.slice(STAMP_MARK.length, end)) as Partial<SaveStamp> | undefined;
  const valid = typeof stamp?.revision === 'number' && typeof stamp.savedBy === 'string';
  return {
    stamp: valid ? { revision: stamp.revision!, savedBy: stamp.savedBy! } : undefined,
    body: stored.slice(end + 1),
  };
}

function metaOf({ id, name, savedAt, revision, savedBy }: WorkspaceMeta): WorkspaceMeta {
  return { id, name, savedAt, revision, savedBy };
}

/**
 * Named workspaces in the browser's storage. Everything read back is validated (another tab, an
 * older version or the user may have changed it), and a save that would drop another tab's newer
 * work is refused as a conflict for the user to settle.
 */
export class WorkspaceStorage {
  constructor(
    private readonly storage: KeyValueStorage,
    readonly tabId: string,
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
    const stored = this.stored(id);
    const text = stored && unpackText(stored.body);
    if (!stored || text === undefined) return undefined;
    const read = readScenario(text);
    if (!read.ok) return undefined;
    return { ...metaOf(stored), scenario: read.scenario };
  }

  /** The stored revision and who saved it, without reading the scenario (in the current layout). */
  meta(id: string): WorkspaceMeta | undefined {
    const meta = parseJson(this.storage.getItem(META_PREFIX + id));
    if (isMeta(meta)) return meta;
    const legacy = this.stored(id);
    return legacy && metaOf(legacy);
  }

  /**
   * The revision and tab of the scenario text stored now (as its stamp says; an unstamped text
   * goes by its metadata), without unpacking it: for checks after another tab saved, not for saves.
   */
  stamp(id: string): SaveStamp | undefined {
    const stored = this.stored(id);
    return stored && { revision: stored.revision, savedBy: stored.savedBy };
  }

  /**
   * The text of `scenario` that a save stores, before packing: made apart from the save, it can
   * be made a task before, and packed elsewhere (packText, in a worker).
   */
  static textOf(scenario: Scenario): string {
    return writeScenario(scenario, {}, 0);
  }

  /** What a save stores for `scenario`: its text, packed when long. */
  static bodyOf(scenario: Scenario): string {
    return packText(WorkspaceStorage.textOf(scenario));
  }

  /**
   * Saves when nobody else saved since `baseRevision` (0 for a new workspace); `body` is what
   * bodyOf gives (or textOf, or textOf packed by packText) when it was made already.
   */
  save(
    id: string,
    name: string,
    scenario: Scenario,
    baseRevision: number,
    body = WorkspaceStorage.bodyOf(scenario),
  ): SaveResult {
    const current = this.meta(id);
    if (current && current.revision !== baseRevision && current.savedBy !== this.tabId) {
      const theirs = this.load(id);
      if (theirs) return { ok: false, reason: 'conflict', theirs };
    }
    return this.write(id, name, body, Math.max(baseRevision, current?.revision ?? 0) + 1);
  }

  /** Saves over whatever is stored: the user chose to keep this tab's version. */
  overwrite(id: string, name: string, scenario: Scenario): SaveResult {
    return this.write(
      id,
      name,
      WorkspaceStorage.bodyOf(scenario),
      (this.meta(id)?.revision ?? 0) + 1,
    );
  }

  remove(id: string): void {
    for (const prefix of [META_PREFIX, SCENARIO_PREFIX, LEGACY_PREFIX])
      this.storage.removeItem(prefix + id);
    this.writeIndex(this.list().filter((entry) => entry.id !== id));
  }

  lastOpened(): string | undefined {
    return this.storage.getItem(LAST_OPENED) ?? undefined;
  }

  setLastOpened(id: string): void {
    this.storage.setItem(LAST_OPENED, id);
  }

  /** The metadata and scenario body in either layout; the current one wins, and its stamp. */
  private stored(id: string): StoredBody | undefined {
    const meta = parseJson(this.storage.getItem(META_PREFIX + id));
    const text = this.storage.getItem(SCENARIO_PREFIX + id);
    if (isMeta(meta) && text !== null) {
      const { stamp, body } = unstamp(text);
      return { ...meta, ...stamp, body };
    }
    const legacy = parseJson(this.storage.getItem(LEGACY_PREFIX + id));
    return isLegacyRecord(legacy) ? { ...metaOf(legacy), body: legacy.scenarioText } : undefined;
  }

  private write(id: string, name: string, body: string, revision: number): SaveResult {
    const savedAt = this.now().toISOString();
    const meta: WorkspaceMeta = { id, name, savedAt, revision, savedBy: this.tabId };
    try {
      // The metadata goes last: until it is written, the previous revision stands.
      const stamp: SaveStamp = { revision, savedBy: this.tabId };
      this.storage.setItem(SCENARIO_PREFIX + id, `${STAMP_MARK}${JSON.stringify(stamp)}\n${body}`);
      this.storage.setItem(META_PREFIX + id, JSON.stringify(meta));
      this.storage.removeItem(LEGACY_PREFIX + id);
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
