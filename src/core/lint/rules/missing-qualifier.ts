import type { LintRule } from '../context.ts';
import { conditionUseFindings } from '../condition-sets.ts';
import { conditionKeyUses } from '../conditions.ts';
import type { LintFinding, QuickFix } from '../finding.ts';
import { conditionKeyType, isMultiValued } from '../key-types.ts';

/*
 * A multivalued key (type ArrayOf..., such as aws:TagKeys) holds a set of values; to compare a set
 * with the policy's values the operator needs ForAnyValue (some value matches) or ForAllValues
 * (every value matches) ("Single-valued vs. multivalued context keys", IAM User Guide; IAM Access
 * Analyzer: "Missing qualifier", an error). Null tests presence and needs none.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 */

function qualifierFixes(raw: string, span: LintFinding['span']): QuickFix[] {
  return ['ForAnyValue', 'ForAllValues'].map((qualifier) => ({
    title: `Use ${qualifier}:${raw}`,
    edits: [{ span, text: JSON.stringify(`${qualifier}:${raw}`) }],
  }));
}

export const missingQualifier: LintRule = {
  code: 'missing-qualifier',
  check: ({ policy, catalog }) =>
    conditionUseFindings(
      conditionKeyUses(policy),
      'missing-qualifier',
      ({ block, family, entry }): LintFinding[] => {
        if (block.operator.setQualifier || family === 'Null') return [];
        const type = conditionKeyType(entry.key, catalog);
        if (!type || !isMultiValued(type)) return [];
        const raw = block.operator.raw;
        return [
          {
            code: 'missing-qualifier',
            severity: 'error',
            message:
              `"${entry.key}" can hold several values: write ForAnyValue:${raw} to match when any of them ` +
              `matches, or ForAllValues:${raw} when all of them must`,
            span: entry.keySpan,
            fixes: qualifierFixes(raw, block.operator.span),
          },
        ];
      },
    ),
};
