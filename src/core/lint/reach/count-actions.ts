import type { Catalog } from '../../catalog/catalog.ts';
import { ACCESS_LEVELS, type AccessLevel, type ActionInfo } from '../../catalog/model.ts';
import { matchesWildcard } from '../../catalog/wildcard.ts';
import { actionEntryMatches, prepareAction } from '../../engine/element-entries.ts';
import type { Statement } from '../../policy/model.ts';
import { globsIntersect } from '../glob.ts';
import type { ActionCounts } from './model.ts';

/** A granted action of the service reference, `service:Name` as AWS spells it. */
export interface GrantedAction {
  name: string;
  accessLevel: AccessLevel;
}

export interface GrantedActions {
  actions: GrantedAction[];
  /** How many services the statement reaches that the catalog has not loaded. */
  unloaded: number;
}

/**
 * Whether a Resource element can match a resource of this action. An action the reference lists
 * without resource types is authorized against `*` only, so only an entry matching `*` grants it;
 * otherwise some entry must be able to match the ARN format of one of its resource types
 * ("Actions, resources, and condition keys for AWS services",
 * https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html).
 */
type ResourceFit = (action: ActionInfo) => boolean;

/** A placeholder of an ARN format (`${BucketName}`) names some text, never none. */
const ARN_PLACEHOLDER = /\$\{[^}]*\}/g;

/** Partition, service, Region, account and resource: an ARN split at its first five colons. */
function arnParts(arn: string): string[] | undefined {
  const parts = arn.split(':');
  return parts.length < 6 ? undefined : [...parts.slice(0, 5), parts.slice(5).join(':')];
}

/**
 * Whether an ARN of this format can match the entry, field by field: a wildcard in the entry's
 * Region does not reach into its account, as no ARN of the format has a colon there.
 */
function formatMatches(format: string, entry: string): boolean {
  const pattern = format.replace(ARN_PLACEHOLDER, '?*');
  const formatParts = arnParts(pattern);
  const entryParts = arnParts(entry);
  if (!formatParts || !entryParts) return globsIntersect(pattern, entry);
  return formatParts.every((part, at) => globsIntersect(part, entryParts[at]!));
}

function resourceFit(statement: Statement): ResourceFit {
  const resource = statement.resource;
  if (!resource || resource.negated) return () => true;
  // Policy variables are read as "anything".
  const patterns = resource.entries.map((entry) => entry.value.replace(/\$\{[^}]*\}/g, '*'));
  if (patterns.some((pattern) => matchesWildcard(pattern, '*', false))) return () => true;
  const fits = new Map<string, boolean>();
  const formatFits = (format: string) => {
    let fit = fits.get(format);
    if (fit === undefined) {
      fit = patterns.some((pattern) => formatMatches(format, pattern));
      fits.set(format, fit);
    }
    return fit;
  };
  return (action) =>
    action.resourceTypes.some(({ resourceType }) => formatFits(resourceType.arnFormat));
}

/** The services a statement's Action element can reach: every one for `*` or NotAction. */
export function reachedServices(statement: Statement, prefixes: readonly string[]): string[] {
  const action = statement.action;
  if (!action) return [];
  const services = action.entries.map((entry) =>
    entry.value === '*' ? '*' : entry.value.slice(0, Math.max(0, entry.value.indexOf(':'))),
  );
  if (action.negated || services.includes('*')) return [...prefixes];
  return prefixes.filter((prefix) => services.some((service) => matchesWildcard(service, prefix)));
}

function emptyCounts(): Record<AccessLevel, number> {
  return Object.fromEntries(ACCESS_LEVELS.map((level) => [level, 0])) as Record<
    AccessLevel,
    number
  >;
}

/**
 * The actions of AWS's service reference that a statement's Action (or NotAction) element names
 * and its Resource element can reach, as the engine matches action names (case-insensitively,
 * with wildcards). Conditions and the principal are not read: they narrow which requests are
 * allowed, not which actions; NotResource is taken to leave some resource of each action outside
 * its list. Services the catalog has not loaded are not counted (said in `leftOut`).
 */
export function grantedActions(
  statement: Statement,
  catalog: Pick<Catalog, 'services' | 'loaded'>,
): GrantedActions {
  const action = statement.action;
  if (!action) return { actions: [], unloaded: 0 };
  const entries = action.entries.map(prepareAction);
  const fits = resourceFit(statement);
  const actions: GrantedAction[] = [];
  let unloaded = 0;
  const prefixes = catalog.services.map((service) => service.prefix);
  for (const prefix of reachedServices(statement, prefixes)) {
    const service = catalog.loaded(prefix);
    if (!service) {
      unloaded += 1;
      continue;
    }
    for (const candidate of service.actions) {
      const name = `${service.prefix}:${candidate.name}`;
      const named = entries.some((entry) => actionEntryMatches(entry, name.toLowerCase()));
      if (named !== action.negated && fits(candidate)) {
        actions.push({ name, accessLevel: candidate.accessLevel });
      }
    }
  }
  return { actions, unloaded };
}

/** What grantedActions leaves out of this statement's count, in words. */
function leftOutOf(statement: Statement, unloaded: number): string[] {
  const notes: string[] = [];
  if (unloaded > 0) notes.push(`${unloaded} services not loaded are not counted`);
  if (statement.resource?.negated) {
    notes.push('NotResource: each action is counted, as some resource outside the list remains');
  }
  if (statement.conditions.length > 0) {
    notes.push('Condition: the counts are of actions; the conditions decide which requests');
  }
  return notes;
}

/** How many actions a statement grants per access level, from its grantedActions. */
export function countActions(
  statement: Statement,
  { actions, unloaded }: GrantedActions,
): ActionCounts {
  const byAccessLevel = emptyCounts();
  for (const granted of actions) byAccessLevel[granted.accessLevel] += 1;
  const services = new Set(actions.map((granted) => granted.name.split(':')[0]));
  return {
    byAccessLevel,
    total: actions.length,
    services: services.size,
    leftOut: leftOutOf(statement, unloaded),
  };
}
