import { propertiesOf, propertyNamed, spanOf } from '../../policy/json-nodes.ts';
import { statementNodes } from '../../policy/read-model.ts';
import type { LintRule } from '../context.ts';
import { replaceFix } from '../edits.ts';
import type { LintFinding } from '../finding.ts';

/*
 * "You can add IfExists to the end of any condition operator name except the Null condition"
 * ("IAM JSON policy elements: Condition operators", ...IfExists condition operators): Null itself
 * tests whether the key is present (IAM Access Analyzer: "Null with if exists"). The parser only
 * knows the name as an unknown operator; this rule says why and offers plain Null.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 */

const NULL_IF_EXISTS = /^((?:ForAllValues|ForAnyValue):)?NullIfExists$/;

export const nullIfExists: LintRule = {
  code: 'null-if-exists',
  check: ({ root }) =>
    statementNodes(root).flatMap((statement): LintFinding[] => {
      if (statement.type !== 'object') return [];
      const condition = propertyNamed(propertiesOf(statement), 'Condition')?.valueNode;
      if (condition?.type !== 'object') return [];
      return propertiesOf(condition).flatMap(({ name, keyNode }): LintFinding[] => {
        const match = NULL_IF_EXISTS.exec(name);
        if (!match) return [];
        const plain = `${match[1] ?? ''}Null`;
        return [
          {
            code: 'null-if-exists',
            severity: 'error',
            message: `Null cannot take IfExists: Null already tests whether the key exists ("true": absent, "false": present). Use ${plain}`,
            span: spanOf(keyNode),
            fixes: replaceFix(`Use ${plain}`, spanOf(keyNode), JSON.stringify(plain)),
          },
        ];
      });
    }),
};
