/**
 * Strings that match an IAM wildcard pattern (`*` any run of characters, `?` any one), chosen so
 * that they tell patterns apart: every `*` empty, every `*` filled with a token that no pattern of
 * either policy contains, and each `*` filled alone. A string that matches one pattern and not
 * another differs from it where a wildcard is: filling the wildcard with text the other pattern
 * cannot have there, or with nothing, finds it.
 */

const MAX_SINGLE_FILLS = 8;

/** A token no text of `texts` contains (compared in lower case), for filling wildcards. */
export function freshToken(texts: Iterable<string>): string {
  const lower = [...texts].map((text) => text.toLowerCase());
  for (let n = 0; ; n += 1) {
    const token = n === 0 ? 'diffwitness' : `diffwitness${n}`;
    if (!lower.some((text) => text.includes(token))) return token;
  }
}

function fill(pattern: string, fillStar: (index: number) => string, one: string): string {
  let star = 0;
  let out = '';
  for (const char of pattern) {
    if (char === '*') {
      out += fillStar(star);
      star += 1;
    } else out += char === '?' ? one : char;
  }
  return out;
}

/** Strings matching `pattern`, the first one the pattern with every `*` filled by `fresh`. */
export function globWitnesses(pattern: string, fresh: string): string[] {
  const stars = [...pattern].filter((char) => char === '*').length;
  const one = fresh.charAt(0);
  if (stars === 0) return [fill(pattern, () => '', one)];
  const fills = [fill(pattern, () => fresh, one), fill(pattern, () => '', one)];
  if (stars > 1) {
    for (let only = 0; only < Math.min(stars, MAX_SINGLE_FILLS); only += 1) {
      fills.push(fill(pattern, (index) => (index === only ? fresh : ''), one));
    }
  }
  return [...new Set(fills)];
}
