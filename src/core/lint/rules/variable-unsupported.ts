import type { TextValue } from '../../policy/model.ts';
import { conditionUseFindings } from '../condition-sets.ts';
import { variablesSupported, type LintRule } from '../context.ts';
import { conditionKeyUses, FAMILIES_WITH_VARIABLES } from '../conditions.ts';
import type { LintFinding } from '../finding.ts';
import { hasVariable } from '../variable-scan.ts';

/*
 * "You can use policy variables in the Resource element and in string comparisons in the
 * Condition element" ("IAM policy elements: Variables and tags"; the condition operators page adds
 * ARN and Boolean operators). Anywhere else `${...}` is literal text: in Action, Principal, a
 * condition key name, or a numeric, date, IP, binary or Null value (IAM Access Analyzer: "Variable
 * unsupported in element", "Invalid variable for operator").
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
 */

function finding(entry: TextValue, where: string): LintFinding {
  return {
    code: 'variable-unsupported',
    severity: 'error',
    message: `Policy variables are not replaced in ${where}: "${entry.value}" is compared as literal text. Write the value itself`,
    span: entry.span,
  };
}

export const variableUnsupported: LintRule = {
  code: 'variable-unsupported',
  check: ({ policy }) => {
    if (!variablesSupported(policy)) return [];
    const findings: LintFinding[] = [];
    for (const statement of policy.statements) {
      for (const entry of statement.action?.entries ?? []) {
        if (hasVariable(entry.value)) findings.push(finding(entry, 'actions'));
      }
      for (const entry of statement.principal?.entries ?? []) {
        if (hasVariable(entry.value)) findings.push(finding(entry, 'a Principal'));
      }
    }
    const inConditions = conditionUseFindings(
      conditionKeyUses(policy),
      'variable-unsupported',
      ({ block, family, entry }) => {
        const found: LintFinding[] = [];
        if (hasVariable(entry.key)) {
          found.push(finding({ value: entry.key, span: entry.keySpan }, 'condition key names'));
        }
        if (FAMILIES_WITH_VARIABLES.has(family)) return found;
        for (const value of entry.values) {
          if (hasVariable(value.value)) found.push(finding(value, `${block.operator.base} values`));
        }
        return found;
      },
    );
    return [...findings, ...inConditions];
  },
};
