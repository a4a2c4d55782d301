import {
  compileTokens,
  matchCompiled,
  QUESTION,
  STAR,
  tokenize,
  type CompiledWildcard,
  type PatternPart,
} from './wildcard.ts';

/**
 * ARN matching, segment by segment: arn:partition:service:region:account:resource, where the
 * resource segment is everything after the fifth colon (it may hold ':' and '/').
 *
 * "IAM JSON policy elements: Resource": wildcards work within segments, and "if the * wildcard is
 * the last character of a resource ARN segment, it can expand to match beyond the colon
 * boundaries". So a segment ending in `*` may also swallow whole following ARN segments; any other
 * wildcard stays inside its segment. The ARN condition operators ("IAM JSON policy elements:
 * Condition operators", ArnLike) check each of the six segments separately, with no expansion.
 */

export type ArnMatcher = (arn: string) => boolean;

const COLON = 58;
const MAX_SEGMENTS = 6;

interface Segment {
  matcher: CompiledWildcard;
  endsWithStar: boolean;
}

interface ArnPattern {
  segments: Segment[];
  crossSegments: boolean;
}

function hasWildcard(tokens: readonly number[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i] === STAR || tokens[i] === QUESTION) return true;
  return false;
}

function compileArn(pattern: string | readonly PatternPart[], crossSegments: boolean): ArnMatcher {
  const tokens = tokenize(pattern);
  if (tokens.length === 1 && tokens[0] === STAR && crossSegments) return () => true;
  const bounds: number[] = [0];
  for (let i = 0; i < tokens.length && bounds.length < MAX_SEGMENTS; i++) {
    if (tokens[i] === COLON) bounds.push(i + 1);
  }
  // With literal first five segments the colons line up, so one whole-string match is exact.
  const resourceStart = bounds[MAX_SEGMENTS - 1];
  if (resourceStart !== undefined && !hasWildcard(tokens, 0, resourceStart)) {
    const whole = compileTokens(tokens);
    return (arn) => matchCompiled(whole, arn);
  }
  const segments: Segment[] = bounds.map((start, index) => {
    const next = bounds[index + 1];
    const end = next === undefined ? tokens.length : next - 1;
    return {
      matcher: compileTokens(tokens, start, end),
      endsWithStar: end > start && tokens[end - 1] === STAR,
    };
  });
  const compiled: ArnPattern = { segments, crossSegments };
  return (arn) => matchSegments(compiled, arn);
}

interface ArnBounds {
  arn: string;
  starts: number[];
  ends: number[];
}

/** The last ARN split: one request's resource is matched against every statement in turn. */
let lastBounds: ArnBounds = { arn: '', starts: [0], ends: [0] };

function boundsOf(arn: string): ArnBounds {
  if (lastBounds.arn === arn) return lastBounds;
  const starts: number[] = [0];
  const ends: number[] = [];
  for (let i = 0; i < arn.length && starts.length < MAX_SEGMENTS; i++) {
    if (arn.charCodeAt(i) === COLON) {
      ends.push(i);
      starts.push(i + 1);
    }
  }
  ends.push(arn.length);
  lastBounds = { arn, starts, ends };
  return lastBounds;
}

function matchSegments(pattern: ArnPattern, arn: string): boolean {
  const { starts, ends } = boundsOf(arn);
  return matchFrom(pattern, arn, starts, ends, 0, 0);
}

/** Whether pattern segments i.. match ARN segments j.. exactly. */
function matchFrom(
  pattern: ArnPattern,
  arn: string,
  starts: readonly number[],
  ends: readonly number[],
  i: number,
  j: number,
): boolean {
  const segments = pattern.segments;
  const arnCount = starts.length;
  if (i === segments.length) return j === arnCount;
  if (j === arnCount) return false;
  const segment = segments[i]!;
  if (!matchCompiled(segment.matcher, arn, starts[j], ends[j])) return false;
  const expands = pattern.crossSegments && segment.endsWithStar;
  if (i === segments.length - 1) return j === arnCount - 1 || expands;
  if (matchFrom(pattern, arn, starts, ends, i + 1, j + 1)) return true;
  if (!expands) return false;
  for (let next = j + 2; next < arnCount; next++) {
    if (matchFrom(pattern, arn, starts, ends, i + 1, next)) return true;
  }
  return false;
}

const CACHE_LIMIT = 10_000;
const resourceCache = new Map<string, ArnMatcher>();
const arnCache = new Map<string, ArnMatcher>();

function cached(
  cache: Map<string, ArnMatcher>,
  pattern: string,
  crossSegments: boolean,
): ArnMatcher {
  let matcher = cache.get(pattern);
  if (matcher === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    matcher = compileArn(pattern, crossSegments);
    cache.set(pattern, matcher);
  }
  return matcher;
}

/** A Resource/NotResource entry against the request's resource: `*` matches everything. */
export function matchResource(pattern: string | readonly PatternPart[], arn: string): boolean {
  if (typeof pattern === 'string') {
    if (pattern === '*') return true;
    return cached(resourceCache, pattern, true)(arn);
  }
  return compileArn(pattern, true)(arn);
}

/** The matcher for one Resource entry without variables, compiled once per statement. */
export function compileResource(pattern: string): ArnMatcher {
  return pattern === '*' ? ALWAYS : cached(resourceCache, pattern, true);
}

const ALWAYS: ArnMatcher = () => true;

/** The ArnEquals/ArnLike comparison: each of the six segments matched on its own. */
export function compileArnCondition(pattern: string | readonly PatternPart[]): ArnMatcher {
  return typeof pattern === 'string'
    ? cached(arnCache, pattern, false)
    : compileArn(pattern, false);
}
