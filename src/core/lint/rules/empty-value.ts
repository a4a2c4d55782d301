import type { Node } from 'jsonc-parser';
import { propertiesOf, spanOf, type PropertyNode } from '../../policy/json-nodes.ts';
import { statementNodes } from '../../policy/read-model.ts';
import type { LintRule } from '../context.ts';
import { removePropertyFix } from '../edits.ts';
import type { LintFinding } from '../finding.ts';

/*
 * An empty array or object in a statement says nothing, or not what was meant: `"Action": []`
 * matches no action, `"Condition": {}` no condition at all (IAM Access Analyzer: "Empty array
 * action", "Empty array resource", "Empty array principal", "Empty object principal", "Empty
 * object condition", "Empty array condition").
 */

function isEmpty(node: Node): boolean {
  return (node.type === 'array' || node.type === 'object') && (node.children ?? []).length === 0;
}

function emptyFinding(property: PropertyNode, parent: Node, where: string): LintFinding {
  const kind = property.valueNode.type === 'array' ? 'array' : 'object';
  return {
    code: 'empty-value',
    severity: 'suggestion',
    message: `${where} is an empty ${kind}: fill it in or remove it`,
    span: spanOf(property.node),
    fixes: removePropertyFix(`Remove "${property.name}"`, parent, property.name),
  };
}

const LISTS = ['Action', 'NotAction', 'Resource', 'NotResource'];

function statementFindings(statement: Node): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const property of propertiesOf(statement)) {
    const value = property.valueNode;
    if (
      LISTS.includes(property.name) ||
      property.name.endsWith('Principal') ||
      property.name === 'Condition'
    ) {
      if (isEmpty(value)) findings.push(emptyFinding(property, statement, `"${property.name}"`));
    }
    if (value.type !== 'object') continue;
    if (property.name.endsWith('Principal')) {
      for (const kind of propertiesOf(value)) {
        if (isEmpty(kind.valueNode))
          findings.push(emptyFinding(kind, value, `${property.name} "${kind.name}"`));
      }
    }
    if (property.name === 'Condition') {
      for (const operator of propertiesOf(value)) {
        if (isEmpty(operator.valueNode)) {
          findings.push(emptyFinding(operator, value, `Condition operator "${operator.name}"`));
        } else if (operator.valueNode.type === 'object') {
          for (const key of propertiesOf(operator.valueNode)) {
            if (isEmpty(key.valueNode)) {
              findings.push(emptyFinding(key, operator.valueNode, `Condition key "${key.name}"`));
            }
          }
        }
      }
    }
  }
  return findings;
}

export const emptyValue: LintRule = {
  code: 'empty-value',
  check: ({ root }) =>
    statementNodes(root)
      .filter((node) => node.type === 'object')
      .flatMap(statementFindings),
};
