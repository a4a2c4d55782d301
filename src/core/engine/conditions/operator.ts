import type { PatternPart } from '../match/wildcard.ts';

/** Compares one request value; undefined when the request value is not of the operator's type. */
export type RequestTest = (requestValue: string) => boolean | undefined;

/**
 * One condition operator, without IfExists and set qualifiers. A negated operator holds when the
 * request value matches none of the policy values, so `compile` always returns the positive test
 * (for NumericNotEquals: equality) and `negated` says how evaluate.ts combines the results.
 */
export interface OperatorImpl {
  negated: boolean;
  /** Policy variables are substituted in this operator's values. */
  variables: boolean;
  /** Compiles a policy value; null when the value is not of the operator's type. */
  compile(value: string): RequestTest | null;
  /** Compiles a value after variable substitution; literal parts carry no wildcards. */
  compileParts?(parts: readonly PatternPart[]): RequestTest | null;
}

const CACHE_LIMIT = 10_000;

/** Caches a compile function per policy value string: policies change rarely, requests often. */
export function memoize<T>(compile: (value: string) => T): (value: string) => T {
  const cache = new Map<string, T>();
  return (value) => {
    if (cache.has(value)) return cache.get(value) as T;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    const compiled = compile(value);
    cache.set(value, compiled);
    return compiled;
  };
}

/** Builds a test from a value parser and a comparison; parsed request values are cached too. */
export function parsedComparison<T>(
  parse: (text: string) => T | undefined,
  compare: (request: T, policy: T) => boolean,
): (value: string) => RequestTest | null {
  const parseCached = memoize(parse);
  return memoize((value) => {
    const policy = parseCached(value);
    if (policy === undefined) return null;
    return (requestValue) => {
      const request = parseCached(requestValue);
      return request === undefined ? undefined : compare(request, policy);
    };
  });
}
