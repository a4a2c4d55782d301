import { distance } from 'fastest-levenshtein';

/**
 * The choice closest to a mistyped name, ignoring case, for "did you mean" messages; undefined
 * when nothing is close (more edits than a third of the name, and at least two).
 */
export function suggest(value: string, choices: readonly string[]): string | undefined {
  const lower = value.toLowerCase();
  const limit = Math.max(2, Math.floor(value.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const choice of choices) {
    const edits = distance(lower, choice.toLowerCase());
    if (edits < bestDistance) {
      best = choice;
      bestDistance = edits;
    }
  }
  return best;
}
