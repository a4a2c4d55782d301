import type { TextValue } from '../policy/model.ts';
import { compileAction } from './match/action.ts';
import { compileResource, matchResource } from './match/resource.ts';
import type { RequestContext } from './request-context.ts';
import { hasVariables, resolveVariables } from './variables.ts';

/**
 * Action and Resource entries compiled once per statement, with cheap exact rejections first:
 * a pattern is anchored at both ends, so a value must start with the text before the first
 * wildcard and end with the text after the last one.
 */

export interface PreparedAction {
  entry: TextValue;
  /** The lower-case text before the first wildcard. */
  prefix: string;
  /** Takes the action in lower case. */
  matches: (action: string) => boolean;
}

export interface PreparedResource {
  entry: TextValue;
  /** Holds `${...}` and the policy's Version allows policy variables. */
  variable: boolean;
  prefix: string;
  /**
   * The text after the last wildcard. For an ARN pattern this is exact too: the segments after
   * the last wildcard hold no wildcard, so they match consecutive ARN segments up to the end.
   */
  suffix: string;
  /** The compiled entry; unused when it holds a variable. */
  matches: (arn: string) => boolean;
}

const isWildcard = (char: string | undefined) => char === '*' || char === '?';

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

export function prepareAction(entry: TextValue): PreparedAction {
  const literal = literalPrefix(entry.value);
  const prefix = literal.toLowerCase();
  // Without a wildcard the comparison is equality of the lower-cased texts.
  const matches =
    literal.length === entry.value.length
      ? (action: string) => action === prefix
      : compileAction(entry.value);
  return { entry, prefix, matches };
}

export function actionEntryMatches(prepared: PreparedAction, action: string): boolean {
  return action.startsWith(prepared.prefix) && prepared.matches(action);
}

const NEVER = () => false;

export function prepareResource(entry: TextValue, variables: boolean): PreparedResource {
  if (variables && hasVariables(entry.value))
    return { entry, variable: true, prefix: '', suffix: '', matches: NEVER };
  return {
    entry,
    variable: false,
    prefix: literalPrefix(entry.value),
    suffix: literalSuffix(entry.value),
    matches: compileResource(entry.value),
  };
}

export function resourceEntryMatches(
  resource: PreparedResource,
  arn: string,
  context: RequestContext,
): boolean {
  if (!resource.variable)
    return (
      arn.startsWith(resource.prefix) && arn.endsWith(resource.suffix) && resource.matches(arn)
    );
  const resolved = resolveVariables(resource.entry.value, context);
  // An unresolvable variable makes the entry match nothing (IAM policy elements: variables).
  return 'parts' in resolved && matchResource(resolved.parts, arn);
}
