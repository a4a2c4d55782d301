import { compareDecimals, parseDecimal, type Decimal } from '../../engine/conditions/numeric.ts';
import type { LintRule } from '../context.ts';
import { conditionUseFindings } from '../condition-sets.ts';
import { conditionKeyUses } from '../conditions.ts';
import type { LintFinding } from '../finding.ts';

/*
 * The values of a key are ORed ("IAM JSON policy elements: Condition"), so of several bounds given
 * to NumericLessThan (or LessThanEquals) only the greatest counts, and of NumericGreaterThan's the
 * least: `NumericLessThan aws:MultiFactorAuthAge ["2700", "3600"]` is `< 3600` (IAM Access
 * Analyzer: "Redundant condition value num", a suggestion). The fix keeps the value that counts.
 * Values are compared exactly, as the engine does.
 */

export const numericValuesRedundant: LintRule = {
  code: 'numeric-values-redundant',
  check: ({ policy }) =>
    conditionUseFindings(
      conditionKeyUses(policy),
      'numeric-values-redundant',
      ({ block, entry }): LintFinding[] => {
        const base = block.operator.base;
        const less = /^NumericLessThan/.test(base);
        const bound = less || /^NumericGreaterThan/.test(base);
        if (!bound || block.operator.setQualifier || entry.values.length < 2) return [];
        const numbers = entry.values.map((value) => parseDecimal(value.value));
        if (numbers.some((number) => number === undefined)) return [];
        const loosest = (numbers as Decimal[]).reduce((best, next, index) => {
          const order = compareDecimals(next, numbers[best] as Decimal);
          return (less ? order > 0 : order < 0) ? index : best;
        }, 0);
        const kept = entry.values[loosest]!;
        const first = entry.values[0]!;
        const last = entry.values[entry.values.length - 1]!;
        return [
          {
            code: 'numeric-values-redundant',
            severity: 'suggestion',
            message: `Of the values of "${entry.key}" only the ${less ? 'greatest' : 'least'}, ${kept.value}, counts for ${base}: keep that one`,
            span: entry.span,
            fixes: [
              {
                title: `Keep ${kept.value}`,
                edits: [
                  {
                    span: { start: first.span.start, end: last.span.end },
                    text: JSON.stringify(kept.value),
                  },
                ],
              },
            ],
          },
        ];
      },
    ),
};
