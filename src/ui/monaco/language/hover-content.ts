import {
  type ActionInfo,
  type Catalog,
  type ConditionKeyInfo,
  hasWildcard,
} from '../../../core/index.ts';
import type { PolicyPlace, ReadStatementActions } from './location.ts';
import { MAX_SERVICES_TO_LOAD, statementActions } from './suggestions.ts';

const LIST_LIMIT = 25;

/** Escapes the Markdown that inline text can trigger, so AWS's texts show as written. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`);
}

function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

function listed(items: string[]): string {
  const shown = items.slice(0, LIST_LIMIT).join(', ');
  return items.length > LIST_LIMIT ? `${shown}, … (${items.length - LIST_LIMIT} more)` : shown;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function actionHover(catalog: Catalog, action: ActionInfo): string {
  const service = catalog.service(action.service)?.name ?? action.service;
  const resources = action.resourceTypes.map(
    (r) => `${code(r.resourceType.name)}${r.required ? ' (required)' : ''}`,
  );
  const keys = action.conditionKeys.map((k) => code(k.key));
  return [
    `**${action.service}:${action.name}** · ${escapeMarkdown(service)} · ${action.accessLevel}`,
    `${escapeMarkdown(capitalized(action.description))}${action.deprecated ? ' (deprecated)' : ''}`,
    `Resource types: ${resources.length ? listed(resources) : 'none (use `"*"`)'}`,
    `Condition keys: ${keys.length ? listed(keys) : 'none of its own'}`,
  ].join('\n\n');
}

async function actionValueHover(catalog: Catalog, value: string): Promise<string | undefined> {
  if (hasWildcard(value)) {
    const prefixes = catalog.servicesMatching(value);
    if (prefixes.length === 0) return `${code(value)} matches no service.`;
    if (prefixes.length > MAX_SERVICES_TO_LOAD) {
      return `${code(value)} matches actions of **${prefixes.length}** services: ${listed(prefixes)}`;
    }
    const { actions } = await catalog.expandActions(value);
    const names = actions.map((a) => `${a.service}:${a.name}`);
    const count = `${code(value)} matches **${actions.length}** action${actions.length === 1 ? '' : 's'}`;
    return names.length ? `${count}: ${listed(names)}` : `${count}.`;
  }
  const lookup = await catalog.lookupAction(value);
  if (lookup.kind === 'found') return actionHover(catalog, lookup.action);
  if (lookup.kind === 'malformed') return undefined;
  const what = lookup.kind === 'unknown-service' ? 'service' : 'action';
  const hint = lookup.suggestion ? ` Did you mean ${code(lookup.suggestion)}?` : '';
  return `Unknown ${what} in ${code(value)}.${hint}`;
}

async function resourceHover(catalog: Catalog, arn: string): Promise<string | undefined> {
  const matches = await catalog.resourceTypesForArn(arn);
  if (matches.length === 0) return undefined;
  const types = matches.map((m) => `${code(`${m.service}:${m.resourceType.name}`)}`);
  return `Resource type: ${listed(types)}\n\nARN format: ${code(matches[0]?.resourceType.arnFormat ?? '')}`;
}

async function keyHover(
  catalog: Catalog,
  key: string,
  statementValues: string[],
): Promise<string | undefined> {
  const info: ConditionKeyInfo | undefined = await catalog.conditionKey(key);
  if (!info) {
    const hint = catalog.suggestConditionKey(key);
    return `Unknown condition key ${code(key)}.${hint ? ` Did you mean ${code(hint)}?` : ''}`;
  }
  const global = catalog.globalConditionKey(key) === info;
  const lines = [`**${escapeMarkdown(info.key)}** · ${info.type}${global ? ' · global key' : ''}`];
  if (global) {
    lines.push('Global keys can be present in any request; some only in certain contexts.');
  } else {
    const service = await catalog.load(info.key.slice(0, info.key.indexOf(':')));
    const supporting = service?.actionsSupportingKey(info).map((a) => `${a.service}:${a.name}`);
    lines.push(`Supported by ${supporting?.length ?? 0} actions: ${listed(supporting ?? [])}`);
  }
  const inStatement = (await statementActions(catalog, statementValues)).filter((a) =>
    [...a.conditionKeys, ...a.resourceTypes.flatMap((r) => r.conditionKeys)].includes(info),
  );
  if (!global && inStatement.length) {
    lines.push(`In this statement: ${listed(inStatement.map((a) => `${a.service}:${a.name}`))}`);
  }
  return lines.join('\n\n');
}

/**
 * Markdown describing what `place` names (a condition key with the statement's actions that
 * support it), or undefined when the catalog has nothing to say.
 */
export async function hoverFor(
  catalog: Catalog,
  place: PolicyPlace,
  statementActionValues: ReadStatementActions,
): Promise<string | undefined> {
  if (!place.quoted || place.value === '') return undefined;
  switch (place.kind) {
    case 'action':
      return actionValueHover(catalog, place.value);
    case 'resource':
      return resourceHover(catalog, place.value);
    case 'condition-key':
      return keyHover(catalog, place.value, await statementActionValues());
    default:
      return undefined;
  }
}
