import type { Node } from 'jsonc-parser';
import {
  propertiesOf,
  propertyNamed,
  readOneOrMany,
  scalarText,
  spanOf,
  stringText,
  type PropertyNode,
} from './json-nodes.ts';
import type {
  ActionElement,
  ConditionBlock,
  ConditionKeyEntry,
  Policy,
  PrincipalElement,
  PrincipalEntry,
  PrincipalKind,
  ResourceElement,
  Statement,
} from './model.ts';
import { splitConditionOperator } from './operators.ts';

const PRINCIPAL_KINDS: readonly PrincipalKind[] = ['AWS', 'Service', 'Federated', 'CanonicalUser'];

function readStrings(
  property: PropertyNode | undefined,
  negated: boolean,
): ActionElement | ResourceElement | undefined {
  if (!property) return undefined;
  return {
    negated,
    entries: readOneOrMany(property.valueNode, stringText),
    span: spanOf(property.node),
  };
}

function readNegatable(
  properties: PropertyNode[],
  name: string,
): ActionElement | ResourceElement | undefined {
  return (
    readStrings(propertyNamed(properties, name), false) ??
    readStrings(propertyNamed(properties, `Not${name}`), true)
  );
}

function readPrincipal(property: PropertyNode, negated: boolean): PrincipalElement {
  const value = property.valueNode;
  const entries: PrincipalEntry[] = [];
  if (value.type === 'string' && value.value === '*') {
    entries.push({ kind: 'AWS', value: '*', span: spanOf(value) });
  } else if (value.type === 'object') {
    for (const kindProperty of propertiesOf(value)) {
      const kind = PRINCIPAL_KINDS.find((candidate) => candidate === kindProperty.name);
      if (!kind) continue;
      for (const entry of readOneOrMany(kindProperty.valueNode, stringText)) {
        entries.push({ ...entry, kind });
      }
    }
  }
  return { negated, entries, span: spanOf(property.node) };
}

function readConditionKey(property: PropertyNode, text: string): ConditionKeyEntry {
  return {
    key: property.name,
    keySpan: spanOf(property.keyNode),
    values: readOneOrMany(property.valueNode, (value) => scalarText(value, text)),
    span: spanOf(property.node),
  };
}

function readConditions(property: PropertyNode | undefined, text: string): ConditionBlock[] {
  if (property?.valueNode.type !== 'object') return [];
  const blocks: ConditionBlock[] = [];
  for (const operatorProperty of propertiesOf(property.valueNode)) {
    const parts = splitConditionOperator(operatorProperty.name);
    if (!parts || operatorProperty.valueNode.type !== 'object') continue;
    blocks.push({
      operator: { raw: operatorProperty.name, ...parts, span: spanOf(operatorProperty.keyNode) },
      keys: propertiesOf(operatorProperty.valueNode).map((key) => readConditionKey(key, text)),
      span: spanOf(operatorProperty.node),
    });
  }
  return blocks;
}

/** A statement with a valid Effect, read as far as its elements are well-formed. */
function readStatement(node: Node, index: number, text: string): Statement | undefined {
  if (node.type !== 'object') return undefined;
  const properties = propertiesOf(node);
  const effect = propertyNamed(properties, 'Effect');
  const effectValue = effect?.valueNode.value;
  if (!effect || (effectValue !== 'Allow' && effectValue !== 'Deny')) return undefined;
  const statement: Statement = {
    index,
    span: spanOf(node),
    effect: effectValue,
    effectSpan: spanOf(effect.valueNode),
    conditions: readConditions(propertyNamed(properties, 'Condition'), text),
  };
  const sid = propertyNamed(properties, 'Sid');
  const sidText = sid && stringText(sid.valueNode);
  if (sidText) statement.sid = sidText;
  const action = readNegatable(properties, 'Action');
  if (action) statement.action = action;
  const resource = readNegatable(properties, 'Resource');
  if (resource) statement.resource = resource;
  const principal = propertyNamed(properties, 'Principal');
  const notPrincipal = propertyNamed(properties, 'NotPrincipal');
  if (principal) statement.principal = readPrincipal(principal, false);
  else if (notPrincipal) statement.principal = readPrincipal(notPrincipal, true);
  return statement;
}

/** The statement nodes: `Statement` may be one object or an array. */
export function statementNodes(root: Node): Node[] {
  const statement = propertyNamed(propertiesOf(root), 'Statement')?.valueNode;
  if (!statement) return [];
  return statement.type === 'array' ? (statement.children ?? []) : [statement];
}

/**
 * Everything of the policy that is well-formed; statement indexes follow the text. `text` is the
 * text the tree was read from: numbers are taken from it as written.
 */
export function readPolicyModel(root: Node, text: string): Policy {
  const properties = root.type === 'object' ? propertiesOf(root) : [];
  const policy: Policy = { statements: [], span: spanOf(root) };
  const version = propertyNamed(properties, 'Version');
  const versionText = version && stringText(version.valueNode);
  if (versionText) policy.version = versionText;
  const id = propertyNamed(properties, 'Id');
  const idText = id && stringText(id.valueNode);
  if (idText) policy.id = idText;
  statementNodes(root).forEach((node, index) => {
    const statement = readStatement(node, index, text);
    if (statement) policy.statements.push(statement);
  });
  return policy;
}
