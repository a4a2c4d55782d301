import { compileWildcard } from './wildcard.ts';

/**
 * Whether an Action/NotAction entry matches a request's action (`service:Name`). AWS compares
 * actions case-insensitively, with `*` and `?` wildcards anywhere, including in the service prefix
 * ("IAM JSON policy elements: Action").
 */
export function matchAction(pattern: string, action: string): boolean {
  if (pattern === '*') return true;
  return compileWildcard(pattern, { ignoreCase: true })(action);
}
