import {
  actionConditionKeys,
  type ActionInfo,
  allConditionOperatorNames,
  type Catalog,
  type ConditionKeyInfo,
  splitAction,
} from '../../../core/index.ts';
import { templateSnippet } from './snippets.ts';
import type { PolicyPlace, ReadStatementActions } from './location.ts';

export type SuggestionKind =
  'service' | 'action' | 'wildcard' | 'arn' | 'operator' | 'key' | 'value';

/** A completion item before it becomes Monaco's: text to insert, and what the list shows. */
export interface Suggestion {
  kind: SuggestionKind;
  label: string;
  /** Plain text, or a snippet with tab stops when `snippet` is true. */
  insert: string;
  snippet?: boolean;
  detail?: string;
  documentation?: string;
  deprecated?: boolean;
  /** Open the list again after inserting (a service prefix, then its actions). */
  retrigger?: boolean;
  sortText?: string;
}

/** Expanding `*` or `s*:...` would load many services; hints skip such patterns. */
export const MAX_SERVICES_TO_LOAD = 3;

/** The actions the statement's Action values name, loading the services they use. */
export async function statementActions(catalog: Catalog, values: string[]): Promise<ActionInfo[]> {
  const found = new Map<string, ActionInfo>();
  for (const value of values) {
    const services = catalog.servicesMatching(value).length;
    if (services === 0 || services > MAX_SERVICES_TO_LOAD) continue;
    const expansion = await catalog.expandActions(value);
    expansion.actions.forEach((a) => found.set(`${a.service}:${a.name}`, a));
  }
  return [...found.values()];
}

/** The first word of an action name: `GetObjectAcl` -> `Get`. */
function verbOf(name: string): string {
  return /^[A-Z][a-z]+/.exec(name)?.[0] ?? name;
}

async function actionSuggestions(catalog: Catalog, typed: string): Promise<Suggestion[]> {
  const parts = splitAction(typed);
  if (!parts) {
    const services = catalog.services.map((s): Suggestion => ({
      kind: 'service',
      label: s.prefix,
      insert: `${s.prefix}:`,
      detail: s.name,
      retrigger: true,
    }));
    return [{ kind: 'wildcard', label: '*', insert: '*', detail: 'Every action' }, ...services];
  }
  const service = await catalog.load(parts.service);
  if (!service) return [];
  const actions = service.actions.map((a): Suggestion => ({
    kind: 'action',
    label: `${service.prefix}:${a.name}`,
    insert: `${service.prefix}:${a.name}`,
    detail: `${a.accessLevel}${a.deprecated ? ' · deprecated' : ''}`,
    documentation: a.description,
    deprecated: a.deprecated,
    sortText: `1${a.name}`,
  }));
  const verbs = new Map<string, number>();
  service.actions.forEach((a) => verbs.set(verbOf(a.name), (verbs.get(verbOf(a.name)) ?? 0) + 1));
  const wildcard = (pattern: string, count: number): Suggestion => ({
    kind: 'wildcard',
    label: `${service.prefix}:${pattern}`,
    insert: `${service.prefix}:${pattern}`,
    detail: `${count} actions`,
    sortText: `2${pattern}`,
  });
  const groups = [...verbs]
    .filter(([, count]) => count > 1)
    .map(([verb, count]) => wildcard(`${verb}*`, count));
  return [...actions, wildcard('*', service.actions.length), ...groups];
}

async function resourceSuggestions(catalog: Catalog, values: string[]): Promise<Suggestion[]> {
  const seen = new Set<string>();
  const suggestions: Suggestion[] = [
    { kind: 'wildcard', label: '*', insert: '*', detail: 'All resources', sortText: '2' },
  ];
  for (const action of await statementActions(catalog, values)) {
    for (const { resourceType } of action.resourceTypes) {
      const id = `${action.service}:${resourceType.name}`;
      if (seen.has(id)) continue;
      seen.add(id);
      suggestions.push({
        kind: 'arn',
        label: resourceType.arnFormat,
        insert: templateSnippet(resourceType.arnFormat),
        snippet: true,
        detail: `${action.service} ${resourceType.name}`,
        sortText: `1${id}`,
      });
    }
  }
  return suggestions;
}

function keySuggestion(key: ConditionKeyInfo, scope: string, order: string): Suggestion {
  return {
    kind: 'key',
    label: key.key,
    insert: templateSnippet(key.key),
    snippet: true,
    detail: `${key.type} · ${scope}`,
    sortText: `${order}${key.key}`,
  };
}

async function keySuggestions(catalog: Catalog, values: string[]): Promise<Suggestion[]> {
  const keys = new Map<string, Suggestion>();
  for (const action of await statementActions(catalog, values)) {
    for (const key of actionConditionKeys(action)) {
      keys.set(key.key.toLowerCase(), keySuggestion(key, `${action.service} actions`, '1'));
    }
  }
  for (const key of catalog.globalConditionKeys) {
    if (!keys.has(key.key.toLowerCase())) {
      keys.set(key.key.toLowerCase(), keySuggestion(key, 'global', '2'));
    }
  }
  return [...keys.values()];
}

const OPERATOR_FAMILY =
  /^(?:\w+:)?(String|Numeric|Date|Bool|Binary|IpAddress|NotIpAddress|Arn|Null)/;

function operatorSuggestions(): Suggestion[] {
  return allConditionOperatorNames().map((name, i) => ({
    kind: 'operator',
    label: name,
    insert: name,
    detail: OPERATOR_FAMILY.exec(name)?.[1],
    sortText: String(i).padStart(3, '0'),
  }));
}

/** Example values for the key's type, or failing that the operator's family. */
export function valueExamples(type: string | undefined, operator: string): string[] {
  const kind = type ?? '';
  if (/Bool/.test(kind) || /(^|:)Bool/.test(operator) || /(^|:)Null$/.test(operator)) {
    return ['true', 'false'];
  }
  if (/Date/.test(kind) || /(^|:)Date/.test(operator)) return ['2026-01-01T00:00:00Z'];
  if (/IPAddress/i.test(kind) || /IpAddress/.test(operator)) {
    return ['203.0.113.0/24', '2001:DB8:1234:5678::/64'];
  }
  return [];
}

async function valueSuggestions(
  catalog: Catalog,
  operator: string,
  key: string,
): Promise<Suggestion[]> {
  const info = await catalog.conditionKey(key);
  return valueExamples(info?.type, operator).map((value) => ({
    kind: 'value',
    label: value,
    insert: value,
    detail: info?.type,
  }));
}

/**
 * What to offer at `place`, ARNs and condition keys for the statement's actions. Texts are string
 * contents: the adapter adds quotes when needed.
 */
export async function suggestionsFor(
  catalog: Catalog,
  place: PolicyPlace,
  statementActionValues: ReadStatementActions,
): Promise<Suggestion[]> {
  switch (place.kind) {
    case 'action':
      return actionSuggestions(catalog, place.value);
    case 'resource':
      return resourceSuggestions(catalog, await statementActionValues());
    case 'condition-operator':
      return operatorSuggestions();
    case 'condition-key':
      return keySuggestions(catalog, await statementActionValues());
    case 'condition-value':
      return valueSuggestions(catalog, place.operator, place.key);
  }
}
