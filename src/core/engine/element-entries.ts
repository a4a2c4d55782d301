import type { TextValue } from '../policy/model.ts';
import { compileAction } from './match/action.ts';
import { compileResource, matchResource } from './match/resource.ts';
import type { RequestContext } from './request-context.ts';
import { hasVariables, resolveVariables } from './variables.ts';
import { endsWithText, startsWithText } from '../text/holds-at.ts';

/**
 * Action and Resource entries compiled once per statement, with cheap exact rejections first:
 * a pattern is anchored at both ends, so a value must start with the text before the first
 * wildcard and end with the text after the last one.
 */

export interface PreparedAction {
  entry: TextValue;
  /** The lower-case text before the first wildcard. */
  prefix: string;
  /** The lower-case entry when it has no wildcard: a match is equality, with no call to `matches`. */
  exact: string | undefined;
  /** Takes the action in lower case, one that starts with `prefix` (actionEntryMatches). */
  matches: (action: string) => boolean;
}

export interface PreparedResource {
  entry: TextValue;
  /** Holds `${...}` and the policy's Version allows policy variables. */
  variable: boolean;
  /** How the entry is matched: by `matches`, or for the common shapes by one comparison. */
  shape: ResourceShape;
  prefix: string;
  /**
   * The text after the last wildcard. For an ARN pattern this is exact too: the segments after
   * the last wildcard hold no wildcard, so they match consecutive ARN segments up to the end.
   */
  suffix: string;
  /** The compiled entry; unused when it holds a variable. */
  matches: (arn: string) => boolean;
}

/**
 * `*` matches every resource; an ARN without a wildcard only itself; an ARN whose only wildcard is
 * a last `*` in its resource part (after the fifth colon, where the segments can no longer shift)
 * every ARN that starts with the text before it. Any other entry is matched by its matcher.
 */
export type ResourceShape = 'any' | 'exact' | 'starts-with' | 'pattern';

const isWildcard = (char: string | undefined) => char === '*' || char === '?';

function colonCount(text: string): number {
  let count = 0;
  for (let at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) count += 1;
  return count;
}

function resourceShape(pattern: string, prefix: string): ResourceShape {
  if (pattern === '*') return 'any';
  if (colonCount(prefix) < 5) return 'pattern';
  if (prefix.length === pattern.length) return 'exact';
  return pattern.length === prefix.length + 1 && pattern.endsWith('*') ? 'starts-with' : 'pattern';
}

function literalPrefix(pattern: string): string {
  let end = 0;
  while (end < pattern.length && !isWildcard(pattern[end])) end += 1;
  return pattern.slice(0, end);
}

function literalSuffix(pattern: string): string {
  let start = pattern.length;
  while (start > 0 && !isWildcard(pattern[start - 1])) start -= 1;
  return pattern.slice(start);
}

const ANY_AFTER_PREFIX = () => true;

export function prepareAction(entry: TextValue): PreparedAction {
  const literal = literalPrefix(entry.value);
  const prefix = literal.toLowerCase();
  // Without a wildcard the comparison is equality of the lower-cased texts.
  const exact = literal.length === entry.value.length ? prefix : undefined;
  const matches =
    exact !== undefined
      ? (action: string) => action === exact
      : // `s3:Get*`: an action that starts with the prefix matches, with nothing more to test.
        entry.value.length === literal.length + 1 && entry.value.endsWith('*')
        ? ANY_AFTER_PREFIX
        : compileAction(entry.value);
  return { entry, prefix, exact, matches };
}

export function actionEntryMatches(prepared: PreparedAction, action: string): boolean {
  const exact = prepared.exact;
  if (exact !== undefined) return action === exact;
  return startsWithText(action, prepared.prefix) && prepared.matches(action);
}

const NEVER = () => false;

export function prepareResource(entry: TextValue, variables: boolean): PreparedResource {
  if (variables && hasVariables(entry.value))
    return { entry, variable: true, shape: 'pattern', prefix: '', suffix: '', matches: NEVER };
  const prefix = literalPrefix(entry.value);
  return {
    entry,
    variable: false,
    shape: resourceShape(entry.value, prefix),
    prefix,
    suffix: literalSuffix(entry.value),
    matches: compileResource(entry.value),
  };
}

export function resourceEntryMatches(
  resource: PreparedResource,
  arn: string,
  context: RequestContext,
): boolean {
  switch (resource.shape) {
    case 'any':
      return true;
    case 'exact':
      return arn === resource.prefix;
    case 'starts-with':
      return startsWithText(arn, resource.prefix);
  }
  if (!resource.variable)
    return (
      startsWithText(arn, resource.prefix) &&
      endsWithText(arn, resource.suffix) &&
      resource.matches(arn)
    );
  const resolved = resolveVariables(resource.entry.value, context);
  // An unresolvable variable makes the entry match nothing (IAM policy elements: variables).
  return 'parts' in resolved && matchResource(resolved.parts, arn);
}
