import type { ContextValue } from '../scenario/model.ts';

/** The request's context keys. Key names are case-insensitive; values are kept as given. */
export interface RequestContext {
  /** The key's values, or undefined when the request does not have the key. */
  get(key: string): string[] | undefined;
  /** True when the key was given as an array (a multivalued key), even an empty one. */
  isMultiValued(key: string): boolean;
}

export function createRequestContext(entries: Record<string, ContextValue>): RequestContext {
  const values = new Map<string, string[]>();
  const multi = new Set<string>();
  for (const [key, value] of Object.entries(entries)) {
    const name = key.toLowerCase();
    if (Array.isArray(value)) {
      values.set(name, value);
      multi.add(name);
    } else {
      values.set(name, [value]);
    }
  }
  return {
    get: (key) => values.get(key.toLowerCase()),
    isMultiValued: (key) => multi.has(key.toLowerCase()),
  };
}
