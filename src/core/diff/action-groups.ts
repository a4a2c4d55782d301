import { splitAction } from '../catalog/catalog.ts';
import { hasWildcard } from '../catalog/wildcard.ts';
import { actionFacts } from '../engine/action-facts.ts';
import {
  actionEntryMatches,
  prepareAction,
  type PreparedAction,
} from '../engine/element-entries.ts';
import type { Statement } from '../policy/model.ts';
import type { DiffCatalog } from './model.ts';
import type { SideStatement } from './statements.ts';

/**
 * Actions of one service that every Action and NotAction entry of both versions treats alike: the
 * engine decides a request the same for each of them (same resource, principal and context), so
 * one representative stands for all.
 */
export interface ActionGroup {
  service: string;
  /** As the service reference spells them, `service:Name`. */
  actions: string[];
  /** Those to ask with, first the ones no rule of AWS's decides whatever the policies say. */
  representatives: string[];
  /** The same holds for every action of this many other services that no entry names. */
  otherServices?: number;
  /** The statements (indexes into the SideStatement list) whose Action element matches. */
  statements: number[];
}

const MAX_REPRESENTATIVES = 3;

interface Entry {
  prepared: PreparedAction;
  services: string[];
}

function representativesOf(actions: string[]): string[] {
  const ordered = [
    ...actions.filter((action) => !actionFacts(action).awsRuleMayApply),
    ...actions.filter((action) => actionFacts(action).awsRuleMayApply),
  ];
  return ordered.slice(0, MAX_REPRESENTATIVES);
}

function serviceActions(catalog: DiffCatalog, prefix: string, unknown: string[]): string[] {
  const service = catalog.loaded(prefix);
  if (!service) {
    unknown.push(
      `${prefix}: the service's actions were not loaded (loadDiffServices), so not compared`,
    );
    return [];
  }
  return service.actions.map((action) => `${service.prefix}:${action.name}`);
}

/** Every entry of both versions, once (entries compare case-insensitively). */
function entriesOf(
  statements: readonly { statement: Statement }[],
  catalog: DiffCatalog,
): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  for (const { statement } of statements) {
    for (const entry of statement.action?.entries ?? []) {
      const lower = entry.value.toLowerCase();
      if (entries.has(lower)) continue;
      const services = lower === '*' ? [] : catalog.servicesMatching(lower);
      entries.set(lower, { prepared: prepareAction(entry), services });
    }
  }
  return entries;
}

/** Actions named literally that the service reference lacks: asked as they are. */
function literalActions(entries: Map<string, Entry>, known: Set<string>): string[] {
  return [...entries.values()]
    .map((entry) => entry.prepared.entry.value)
    .filter(
      (value) => !hasWildcard(value) && splitAction(value) && !known.has(value.toLowerCase()),
    );
}

interface Services {
  entries: Map<string, Entry>;
  /** The services some entry names. */
  named: Set<string>;
  /** The service asked for all others, when an entry is `*` or a statement uses NotAction. */
  sample?: string;
  /** How many services no entry names. */
  unnamed: number;
}

function servicesOf(
  statements: readonly { statement: Statement }[],
  catalog: DiffCatalog,
): Services {
  const entries = entriesOf(statements, catalog);
  const named = new Set([...entries.values()].flatMap((entry) => entry.services));
  const open =
    entries.has('*') || statements.some(({ statement }) => statement.action?.negated === true);
  const unnamed = catalog.services.filter((service) => !named.has(service.prefix));
  // Their actions match only `*` and no NotAction entry: one service asks for all of them, one
  // whose resources a Resource entry names when there is one, so that the example reads naturally.
  const arnServices = new Set(
    statements.flatMap(({ statement }) =>
      (statement.resource?.entries ?? []).map((entry) => entry.value.split(':')[2]),
    ),
  );
  const sample = open
    ? (unnamed.find((service) => arnServices.has(service.prefix)) ?? unnamed[0])?.prefix
    : undefined;
  return { entries, named, unnamed: unnamed.length, ...(sample !== undefined && { sample }) };
}

/** The services whose actions a diff of these statements asks about: load them before it. */
export function servicesToLoad(statements: readonly Statement[], catalog: DiffCatalog): string[] {
  const { named, sample } = servicesOf(
    statements.map((statement) => ({ statement })),
    catalog,
  );
  return sample === undefined ? [...named] : [...named, sample];
}

/**
 * The groups of actions that some changed statement may apply to: the actions of every service an
 * entry names, split by which entries match them; actions named literally that the reference lacks;
 * and, when an entry is `*` or a statement uses NotAction, the actions of all other services,
 * asked through the first of them. A service not loaded is reported in `unknown`.
 */
export function actionGroups(
  statements: readonly SideStatement[],
  catalog: DiffCatalog,
  unknown: string[],
): ActionGroup[] {
  const { entries, named, sample, unnamed } = servicesOf(statements, catalog);
  // Only the services a changed statement may apply to: a one-line edit asks about one or two.
  const changed = servicesOf(
    statements.filter((side) => side.changed),
    catalog,
  );
  const asked = changed.sample === undefined ? changed.named : named;
  const byService = new Map<string, string[]>();
  for (const prefix of asked) byService.set(prefix, serviceActions(catalog, prefix, unknown));
  const known = new Set([...byService.values()].flat().map((action) => action.toLowerCase()));
  for (const action of literalActions(changed.entries, known)) {
    const prefix = splitAction(action)?.service.toLowerCase() ?? '';
    byService.set(prefix, [...(byService.get(prefix) ?? []), action]);
  }
  const index = indexByEntry(statements);
  const groups: ActionGroup[] = [];
  for (const [service, actions] of byService) {
    groups.push(...splitByEntries(service, actions, entries, index));
  }
  if (sample !== undefined && changed.sample !== undefined) {
    const actions = serviceActions(catalog, sample, unknown);
    for (const group of splitByEntries(sample, actions, entries, index)) {
      groups.push({ ...group, otherServices: unnamed - 1 });
    }
  }
  return groups.filter((group) => group.statements.some((at) => statements[at]?.changed));
}

/** The statements by the entries of their Action elements, and those with NotAction. */
interface StatementIndex {
  byEntry: Map<string, number[]>;
  negated: { at: number; entries: string[] }[];
}

function indexByEntry(statements: readonly SideStatement[]): StatementIndex {
  const byEntry = new Map<string, number[]>();
  const negated: StatementIndex['negated'] = [];
  statements.forEach(({ statement }, at) => {
    const element = statement.action;
    if (!element) return;
    const lower = element.entries.map((entry) => entry.value.toLowerCase());
    if (element.negated) negated.push({ at, entries: lower });
    else
      for (const entry of new Set(lower)) byEntry.set(entry, [...(byEntry.get(entry) ?? []), at]);
  });
  return { byEntry, negated };
}

/** The statements whose Action or NotAction element matches the actions that match `matched`. */
function statementsMatching(index: StatementIndex, matched: Set<string>): number[] {
  const found = new Set<number>();
  for (const entry of matched) for (const at of index.byEntry.get(entry) ?? []) found.add(at);
  for (const { at, entries } of index.negated) {
    if (!entries.some((entry) => matched.has(entry))) found.add(at);
  }
  return [...found].sort((a, b) => a - b);
}

function splitByEntries(
  service: string,
  actions: string[],
  entries: Map<string, Entry>,
  index: StatementIndex,
): ActionGroup[] {
  const relevant = [...entries].filter(
    ([lower, entry]) => lower === '*' || entry.services.includes(service),
  );
  const bySignature = new Map<string, { actions: string[]; matched: Set<string> }>();
  for (const action of actions) {
    const facts = actionFacts(action);
    const matched = new Set(
      relevant
        .filter(([, entry]) => actionEntryMatches(entry.prepared, facts.lower))
        .map(([lower]) => lower),
    );
    // sts:AssumeRole* is decided by trust policies, other actions by resource policies.
    const signature = `${facts.assumeRole}\n${[...matched].join('\n')}`;
    const group = bySignature.get(signature) ?? { actions: [], matched };
    group.actions.push(action);
    bySignature.set(signature, group);
  }
  return [...bySignature.values()].map(({ actions: members, matched }) => ({
    service,
    actions: members,
    representatives: representativesOf(members),
    statements: statementsMatching(index, matched),
  }));
}
