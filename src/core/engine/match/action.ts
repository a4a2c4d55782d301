import { compileWildcard } from './wildcard.ts';

/**
 * Whether an Action/NotAction entry matches a request's action (`service:Name`). AWS compares
 * actions case-insensitively, with `*` and `?` wildcards anywhere, including in the service prefix
 * ("IAM JSON policy elements: Action").
 */
export function matchAction(pattern: string, action: string): boolean {
  return compileAction(pattern)(action);
}

/** The matcher for one Action entry, compiled once per statement. */
export function compileAction(pattern: string): (action: string) => boolean {
  if (pattern === '*') return ALWAYS;
  return compileWildcard(pattern, { ignoreCase: true });
}

const ALWAYS = () => true;
