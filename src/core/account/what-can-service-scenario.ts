import { hasWildcard, matchesWildcard } from '../catalog/wildcard.ts';
import type { PreparedAction } from '../engine/element-entries.ts';
import type { PreparedPolicy, PreparedScenario } from '../engine/prepare.ts';
import type { PreparedStatement } from '../engine/statement.ts';
import { actionPattern } from '../summary/patterns.ts';

/** A statement's Action or NotAction entries by the service they name, read once. */
interface EntriesByService {
  statement: PreparedStatement;
  /** Entries whose service part is a literal prefix, by that prefix in lower case. */
  literal: Map<string, PreparedAction[]>;
  /** Entries with a wildcard in the service part, or with no service part at all. */
  open: { service: string | undefined; entry: PreparedAction }[];
}

function byService(statement: PreparedStatement): EntriesByService {
  const literal = new Map<string, PreparedAction[]>();
  const open: EntriesByService['open'] = [];
  for (const entry of statement.action?.entries ?? []) {
    const service = actionPattern(entry.entry.value)?.service;
    if (service === undefined || hasWildcard(service)) open.push({ service, entry });
    else {
      const key = service.toLowerCase();
      const list = literal.get(key);
      if (list) list.push(entry);
      else literal.set(key, [entry]);
    }
  }
  return { statement, literal, open };
}

/**
 * The statement with only the entries that can name an action of `prefix`: the others cannot
 * change whether it names one, whether Action or NotAction. Undefined when an Action names none.
 * AWS's ReadOnlyAccess names over 300 services in one Action: asked about each action of each of
 * them, the statement would otherwise be read whole every time.
 */
function forService(read: EntriesByService, prefix: string): PreparedStatement | undefined {
  const { statement } = read;
  const element = statement.action;
  if (!element) return statement;
  const entries = [...(read.literal.get(prefix) ?? [])];
  for (const { service, entry } of read.open) {
    if (service === undefined || matchesWildcard(service, prefix)) entries.push(entry);
  }
  if (entries.length === element.entries.length) return statement;
  if (entries.length === 0 && !element.negated) return undefined;
  return { ...statement, action: { ...element, entries } };
}

/**
 * The prepared scenario for one service's actions: each statement with only the entries that can
 * name one of them, statements that cannot left out, everything else as it was. The engine
 * decides any action of the service in it as in the whole scenario, and much faster.
 */
export function serviceScenarios(prepared: PreparedScenario): (prefix: string) => PreparedScenario {
  const read = new Map(
    prepared.policies.flatMap((policy) => policy.statements).map((s) => [s, byService(s)]),
  );
  return (prefix) => {
    const copies = new Map(
      prepared.policies.map((policy): [PreparedPolicy, PreparedPolicy] => [
        policy,
        {
          ...policy,
          statements: policy.statements.flatMap((s) => forService(read.get(s)!, prefix) ?? []),
        },
      ]),
    );
    const copy = (policies: PreparedPolicy[]) => policies.map((policy) => copies.get(policy)!);
    const byType = Object.fromEntries(
      Object.entries(prepared.byType).map(([type, policies]) => [type, copy(policies)]),
    ) as PreparedScenario['byType'];
    return {
      ...prepared,
      policies: copy(prepared.policies),
      byType,
      principals: new Map(),
      accountPolicies: new Map(),
      attachedIndex: undefined,
    };
  };
}
