import { conditionSetFindings } from '../condition-sets.ts';
import type { LintRule } from '../context.ts';
import { replaceFix } from '../edits.ts';
import type { LintFinding } from '../finding.ts';

/*
 * Null tests whether a key is in the request; ForAllValues and ForAnyValue compare the values of a
 * set, so with Null they do not test presence: ForAllValues:Null always holds and ForAnyValue:Null
 * never does (IAM Access Analyzer: "Null with qualifier", a suggestion). Use plain Null.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html
 */

export const nullWithQualifier: LintRule = {
  code: 'null-with-qualifier',
  check: ({ policy }) =>
    conditionSetFindings(policy.statements, 'null-with-qualifier', (statement) =>
      statement.conditions
        .filter((block) => block.operator.base === 'Null' && block.operator.setQualifier)
        .map((block): LintFinding => ({
          code: 'null-with-qualifier',
          severity: 'suggestion',
          message: `${block.operator.raw} does not test whether the key is present: ${
            block.operator.setQualifier === 'ForAllValues' ? 'it always holds' : 'it never holds'
          }. Use Null`,
          span: block.operator.span,
          fixes: replaceFix('Use Null', block.operator.span, '"Null"'),
        })),
    ),
};
