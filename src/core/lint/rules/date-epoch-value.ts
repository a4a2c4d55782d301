import { parseDate } from '../../engine/conditions/date.ts';
import type { LintRule } from '../context.ts';
import { conditionValueUses } from '../conditions.ts';
import { replaceValueFix } from '../edits.ts';
import type { LintFinding } from '../finding.ts';

/*
 * Date operators read epoch seconds too, but "epoch time might not resolve to the precise time that
 * you expect": AWS recommends the W3C date formats, 2026-07-16 or 2026-07-16T19:20:30Z (IAM Access
 * Analyzer: "Invalid date value", a warning). aws:EpochTime is epoch seconds by nature and is left
 * alone. The fix writes the same instant in UTC.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html
 */

export const dateEpochValue: LintRule = {
  code: 'date-epoch-value',
  check: ({ policy }) =>
    conditionValueUses(policy).flatMap(({ family, entry, value }): LintFinding[] => {
      if (family !== 'Date' || entry.key.toLowerCase() === 'aws:epochtime') return [];
      if (!/^\d+$/.test(value.value)) return [];
      const time = parseDate(value.value);
      if (time === undefined || !Number.isFinite(time) || Math.abs(time) > 8.64e15) return [];
      const iso = new Date(time).toISOString().replace('.000Z', 'Z');
      return [
        {
          code: 'date-epoch-value',
          severity: 'warning',
          message: `"${value.value}" is read as epoch seconds, ${iso}: write the date itself, which says what is meant`,
          span: value.span,
          fixes: replaceValueFix(`Change to "${iso}"`, value, iso),
        },
      ];
    }),
};
