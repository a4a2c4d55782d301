import type { TextValue } from '../../policy/model.ts';
import { conditionUseFindings } from '../condition-sets.ts';
import { variablesSupported, type LintRule } from '../context.ts';
import { conditionValueUses, FAMILIES_WITH_VARIABLES } from '../conditions.ts';
import type { LintFinding } from '../finding.ts';
import { resourceEntryFindings } from '../resource-entries.ts';
import { partSpan } from '../spans.ts';
import { variableProblems } from '../variable-scan.ts';

/*
 * Policy variable syntax errors where variables are replaced (Resource, and values of string, ARN
 * and Boolean operators): a missing brace or quote, an empty variable, a space in the key (IAM
 * Access Analyzer: "Missing brace in variable", "Missing quote in variable", "Empty variable",
 * "Unsupported space in variable"). A malformed variable stays literal text and never matches.
 */

function check(entry: TextValue): LintFinding[] {
  // Every problem starts at a `$`: most entries have none.
  if (!entry.value.includes('$')) return [];
  return variableProblems(entry.value).map((problem) => ({
    code: 'variable-syntax',
    severity: 'error',
    message: problem.message,
    span: partSpan(entry, problem.from, problem.to),
  }));
}

export const variableSyntax: LintRule = {
  code: 'variable-syntax',
  check: ({ policy }) => {
    if (!variablesSupported(policy)) return [];
    const inConditions = conditionUseFindings(
      conditionValueUses(policy),
      'variable-syntax',
      (use) => (FAMILIES_WITH_VARIABLES.has(use.family) ? check(use.value) : []),
    );
    return [...resourceEntryFindings(policy.statements, check), ...inConditions];
  },
};
