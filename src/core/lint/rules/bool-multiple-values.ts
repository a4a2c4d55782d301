import { parseBool } from '../../engine/conditions/bool.ts';
import type { LintRule } from '../context.ts';
import { conditionKeyUses } from '../conditions.ts';
import type { LintFinding } from '../finding.ts';

/*
 * Bool and Null with both "true" and "false" for one key: values of a key are ORed, so the
 * condition matches whatever the request holds (IAM Access Analyzer: "Invalid condition multiple
 * Boolean"). Keep the one value meant.
 */

export const boolMultipleValues: LintRule = {
  code: 'bool-multiple-values',
  check: ({ policy }) =>
    conditionKeyUses(policy).flatMap(({ block, family, entry }): LintFinding[] => {
      if (family !== 'Bool' && family !== 'Null') return [];
      const parsed = new Set(entry.values.map((value) => parseBool(value.value)));
      if (!parsed.has(true) || !parsed.has(false)) return [];
      return [
        {
          code: 'bool-multiple-values',
          severity: 'error',
          message: `${block.operator.raw} on "${entry.key}" lists both true and false, so it always matches: keep one value`,
          span: entry.span,
        },
      ];
    }),
};
