import type { LintRule } from '../context.ts';
import { conditionKeyUses } from '../conditions.ts';
import { replaceFix } from '../edits.ts';
import type { LintFinding } from '../finding.ts';
import { conditionKeyType, isMultiValued } from '../key-types.ts';

/*
 * Set operators are for multivalued keys ("Single-valued vs. multivalued context keys": "using
 * condition set operators with single-valued condition keys" is not recommended). With a
 * single-valued key ForAnyValue:StringEquals is plain StringEquals, so the fix drops it; a negated
 * ForAnyValue differs from the plain operator only when the key is absent (no value, so no match),
 * and is left to a reader to rewrite. ForAllValues is forallvalues-single-valued's, a security
 * warning, as it matches requests without the key.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 */

export const forAnyValueSingleValued: LintRule = {
  code: 'foranyvalue-single-valued',
  check: ({ policy, catalog }) =>
    conditionKeyUses(policy).flatMap(({ block, family, entry }): LintFinding[] => {
      if (block.operator.setQualifier !== 'ForAnyValue' || family === 'Null') return [];
      const type = conditionKeyType(entry.key, catalog);
      if (!type || isMultiValued(type)) return [];
      const plain = block.operator.raw.slice('ForAnyValue:'.length);
      const negated = /Not/.test(block.operator.base);
      const finding: LintFinding = {
        code: 'foranyvalue-single-valued',
        severity: 'suggestion',
        message: negated
          ? `"${entry.key}" is single-valued: ForAnyValue:${plain} is ${plain} except that it does not match requests without the key. Say which is meant: ${plain}, or ${plain} with a Null "false" condition`
          : `"${entry.key}" is single-valued: ForAnyValue adds nothing to ${plain}. Use ${plain}`,
        span: entry.keySpan,
      };
      if (!negated && block.keys.length === 1) {
        finding.fixes = replaceFix(`Use ${plain}`, block.operator.span, JSON.stringify(plain));
      }
      return [finding];
    }),
};
