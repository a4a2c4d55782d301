import type { ActionElement, ResourceElement } from '../../policy/model.ts';
import { removeEntryFix } from '../edits.ts';
import type { LintFinding } from '../finding.ts';
import { globCovers, hasWildcard, literalPrefix } from '../glob.ts';

/**
 * Entries of one Action or Resource list that another entry already covers: `s3:GetObject` next
 * to `s3:*`, or a repeated ARN (IAM Access Analyzer: "Redundant action", "Redundant resource").
 * Of two equal entries the later one is reported.
 */
export function redundantEntries(
  element: ActionElement | ResourceElement,
  code: string,
  ignoreCase: boolean,
): LintFinding[] {
  const entries = element.entries;
  if (entries.length < 2) return [];
  const norm = (value: string) => (ignoreCase ? value.toLowerCase() : value);
  const earlier = new Set<string>();
  const wildcards = entries
    .map((entry) => entry.value)
    .filter(hasWildcard)
    .map((pattern) => ({ pattern, key: norm(pattern), prefix: literalPrefix(norm(pattern)) }));
  return entries.flatMap((entry, index): LintFinding[] => {
    const key = norm(entry.value);
    const repeated = earlier.has(key);
    earlier.add(key);
    const cover = repeated
      ? entry.value
      : wildcards.find(
          (wildcard) =>
            wildcard.key !== key &&
            key.startsWith(wildcard.prefix) &&
            globCovers(wildcard.pattern, entry.value, ignoreCase),
        )?.pattern;
    if (cover === undefined) return [];
    return [
      {
        code,
        severity: 'suggestion',
        message: repeated
          ? `"${entry.value}" is listed twice: remove this one`
          : `"${entry.value}" is already covered by "${cover}": remove it`,
        span: entry.span,
        fixes: removeEntryFix(`Remove "${entry.value}"`, entries, index),
      },
    ];
  });
}
