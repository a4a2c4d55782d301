import { closest, distance } from 'fastest-levenshtein';

/**
 * The candidate nearest to `name` (case-insensitive), if it is close enough to be a likely typo:
 * at most a third of the name's length in edits, and never more than 3.
 */
export function didYouMean(name: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0 || name === '') return undefined;
  const lower = candidates.map((c) => c.toLowerCase());
  const target = name.toLowerCase();
  const best = closest(target, lower);
  const limit = Math.min(3, Math.max(1, Math.floor(target.length / 3)));
  if (distance(target, best) > limit) return undefined;
  return candidates[lower.indexOf(best)];
}
