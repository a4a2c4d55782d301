import {
  ACCESS_LEVELS,
  type AccessLevel,
  type ActionInfo,
  hasWildcard,
  matchesWildcard,
  type ServiceSummary,
} from '../../../core/index.ts';

export interface ActionGroup {
  level: AccessLevel;
  actions: ActionInfo[];
}

/** How an action stands in the statement's list: named itself, covered by a wildcard, or absent. */
export type ActionState = { kind: 'listed' } | { kind: 'covered'; by: string } | { kind: 'absent' };

/** Checked, indeterminate or unchecked, for an "All Read" style group toggle. */
export type GroupState = 'all' | 'some' | 'none';

/** Services whose prefix or name contains `query`, those whose prefix starts with it first. */
export function filterServices(
  services: readonly ServiceSummary[],
  query: string,
): ServiceSummary[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [...services];
  const hits = services.filter(
    (s) => s.prefix.toLowerCase().includes(q) || s.name.toLowerCase().includes(q),
  );
  const starts = (s: ServiceSummary) => Number(s.prefix.toLowerCase().startsWith(q));
  return hits.sort((a, b) => starts(b) - starts(a));
}

/** The actions whose name contains `query`, grouped by access level in the console's order. */
export function groupActions(actions: readonly ActionInfo[], query = ''): ActionGroup[] {
  const q = query.trim().toLowerCase();
  const shown = q === '' ? actions : actions.filter((a) => a.name.toLowerCase().includes(q));
  return ACCESS_LEVELS.map((level) => ({
    level,
    actions: shown.filter((a) => a.accessLevel === level),
  })).filter((group) => group.actions.length > 0);
}

const fullName = (action: ActionInfo) => `${action.service}:${action.name}`;

export function actionState(entries: readonly string[], action: ActionInfo): ActionState {
  const name = fullName(action).toLowerCase();
  if (entries.some((entry) => entry.toLowerCase() === name)) return { kind: 'listed' };
  const by = entries.find((entry) => hasWildcard(entry) && matchesWildcard(entry, name));
  return by === undefined ? { kind: 'absent' } : { kind: 'covered', by };
}

/** Whether the group's actions are all, some or none in the list (named or by a wildcard). */
export function groupState(entries: readonly string[], actions: readonly ActionInfo[]): GroupState {
  const present = actions.filter((a) => actionState(entries, a).kind !== 'absent').length;
  if (present === 0) return 'none';
  return present === actions.length ? 'all' : 'some';
}

/**
 * The list after turning `actions` on (appending those not yet present) or off (removing their
 * own entries; a wildcard covering them stays, the picker shows those as locked).
 */
export function toggleActions(
  entries: readonly string[],
  actions: readonly ActionInfo[],
  on: boolean,
): string[] {
  if (on) {
    const missing = actions.filter((a) => actionState(entries, a).kind === 'absent');
    return [...entries, ...missing.map(fullName)];
  }
  const names = new Set(actions.map((a) => fullName(a).toLowerCase()));
  return entries.filter((entry) => !names.has(entry.toLowerCase()));
}

/** Adds or removes one exact entry such as `s3:*` or `s3:Get*`. */
export function toggleEntry(entries: readonly string[], entry: string, on: boolean): string[] {
  const lower = entry.toLowerCase();
  const rest = entries.filter((e) => e.toLowerCase() !== lower);
  return on ? [...rest, entry] : rest;
}

export interface WildcardOption {
  pattern: string;
  count: number;
}

/** `s3:*` for the whole service, then one `s3:Get*` per verb that starts two or more actions. */
export function wildcardOptions(prefix: string, actions: readonly ActionInfo[]): WildcardOption[] {
  const verbs = new Map<string, number>();
  for (const action of actions) {
    const verb = /^[A-Z][a-z]+/.exec(action.name)?.[0] ?? action.name;
    verbs.set(verb, (verbs.get(verb) ?? 0) + 1);
  }
  const byVerb = [...verbs]
    .filter(([, count]) => count > 1)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([verb, count]) => ({ pattern: `${prefix}:${verb}*`, count }));
  return [{ pattern: `${prefix}:*`, count: actions.length }, ...byVerb];
}
