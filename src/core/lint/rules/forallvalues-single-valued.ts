import type { LintRule } from '../context.ts';
import { conditionKeyUses } from '../conditions.ts';
import { replaceFix } from '../edits.ts';
import type { LintFinding } from '../finding.ts';
import { conditionKeyType, isMultiValued } from '../key-types.ts';

/*
 * ForAllValues is true when the request has no value for the key, so with a single-valued key it
 * allows requests that lack the key altogether ("Single-valued vs. multivalued context keys";
 * IAM Access Analyzer: "ForAllValues with single valued key", a security warning). Use the plain
 * operator.
 */

export const forAllValuesSingleValued: LintRule = {
  code: 'forallvalues-single-valued',
  check: ({ policy, catalog }) =>
    conditionKeyUses(policy).flatMap(({ block, entry }): LintFinding[] => {
      if (block.operator.setQualifier !== 'ForAllValues') return [];
      const type = conditionKeyType(entry.key, catalog);
      if (!type || isMultiValued(type)) return [];
      const plain = block.operator.raw.slice('ForAllValues:'.length);
      return [
        {
          code: 'forallvalues-single-valued',
          severity: 'security-warning',
          message:
            `"${entry.key}" is single-valued: ForAllValues also matches requests without it. ` +
            `Use ${plain}`,
          span: entry.keySpan,
          fixes: replaceFix(`Use ${plain}`, block.operator.span, JSON.stringify(plain)),
        },
      ];
    }),
};
