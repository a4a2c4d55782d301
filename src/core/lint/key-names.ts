import { compileWildcard } from '../engine/match/wildcard.ts';

const PLACEHOLDER = /\$\{[^}]*\}|<[^>]*>/g;

/**
 * `aws:RequestTag/${TagKey}` as a pattern: each placeholder stands for any text (the data writes
 * a few as `<key>`).
 */
export function placeholderPattern(documented: string): string {
  return documented.replace(PLACEHOLDER, '*');
}

export function hasPlaceholder(documented: string): boolean {
  return documented.includes('${') || /<[^>]*>/.test(documented);
}

/** Whether a key written in a policy is an instance of a documented key name (case-insensitive). */
export function keyMatchesDocumented(documented: string, written: string): boolean {
  if (!hasPlaceholder(documented)) return documented.toLowerCase() === written.toLowerCase();
  return compileWildcard(placeholderPattern(documented), { ignoreCase: true })(written);
}

/** The part of a documented key name before its placeholder: `aws:RequestTag/` for tag keys. */
export function placeholderPrefix(documented: string): string | undefined {
  const at = documented.search(PLACEHOLDER);
  return at < 0 ? undefined : documented.slice(0, at);
}

/** `s3` for `s3:prefix`, `aws` for `aws:SourceIp`; lower case. */
export function keyPrefix(key: string): string {
  const colon = key.indexOf(':');
  return (colon < 0 ? key : key.slice(0, colon)).toLowerCase();
}
