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
 *
 * An empty Action, NotAction, Resource or NotResource is an error: "Each statement must include
 * either an Action or NotAction element" and "Statements must include either a Resource or a
 * NotResource element" ("IAM JSON policy element reference": Action, Resource), and an empty list
 * names none. Removing it would leave the statement without the element, so no fix is offered.
 */

function isEmpty(node: Node): boolean {
  return (node.type === 'array' || node.type === 'object') && (node.children ?? []).length === 0;
}

const LISTS = ['Action', 'NotAction', 'Resource', 'NotResource'];

function emptyListFinding(property: PropertyNode): LintFinding {
  const needed = property.name.includes('Action') ? 'action' : 'resource';
  return {
    code: 'empty-value',
    severity: 'error',
    message: `"${property.name}" is an empty array: a statement needs at least one ${needed}`,
    span: spanOf(property.node),
  };
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

function statementFindings(statement: Node): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const property of propertiesOf(statement)) {
    const value = property.valueNode;
    if (LISTS.includes(property.name)) {
      if (value.type === 'array' && isEmpty(value)) findings.push(emptyListFinding(property));
    } else if (property.name.endsWith('Principal') || property.name === 'Condition') {
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
