import type { Node } from 'jsonc-parser';
import type { Span, TextValue } from './model.ts';
import { definedResults } from '../object/defined-results.ts';
import { numberLiteralText } from './number-text.ts';

export interface PropertyNode {
  name: string;
  keyNode: Node;
  valueNode: Node;
  /** The whole `"name": value`. */
  node: Node;
}

export function spanOf(node: Node): Span {
  return { start: node.offset, end: node.offset + node.length };
}

const PROPERTIES = Symbol('properties');

/** A node that keeps its properties once worked out. */
interface PropertiesHeld {
  [PROPERTIES]?: PropertyNode[];
}

function propertyNode(property: Node): PropertyNode | undefined {
  const keyNode = property.children?.[0];
  const valueNode = property.children?.[1];
  return keyNode?.type === 'string' && valueNode
    ? { name: String(keyNode.value), keyNode, valueNode, node: property }
    : undefined;
}

/**
 * An object's properties in document order, duplicates included; worked out once per node. Read
 * by index, not destructured or iterated: before the code is optimized, each iterator is an object
 * made, and a large policy asks for the properties of tens of thousands of nodes.
 */
export function propertiesOf(node: Node): PropertyNode[] {
  const cached = (node as PropertiesHeld)[PROPERTIES];
  if (cached) return cached;
  const result = definedResults(node.children ?? [], propertyNode);
  // Not enumerable: a tree compared or copied property by property looks as it did.
  Object.defineProperty(node, PROPERTIES, { value: result });
  return result;
}

/** The last property of that name, as JSON.parse keeps it. */
export function propertyNamed(properties: PropertyNode[], name: string): PropertyNode | undefined {
  for (let i = properties.length - 1; i >= 0; i--) {
    if (properties[i]!.name === name) return properties[i];
  }
  return undefined;
}

/**
 * A string, number or boolean as text (condition values compare in their string form). A number is
 * read from the policy `text` as written, not from the node's value, a double.
 */
export function scalarText(node: Node, text: string): TextValue | undefined {
  if (node.type === 'number') {
    const literal = text.slice(node.offset, node.offset + node.length);
    return { value: numberLiteralText(literal), span: spanOf(node) };
  }
  if (node.type === 'string' || node.type === 'boolean') {
    return { value: String(node.value), span: spanOf(node) };
  }
  return undefined;
}

/** A single value or an array of them, keeping only the entries `read` accepts. */
export function readOneOrMany<T>(node: Node, read: (entry: Node) => T | undefined): T[] {
  return definedResults(node.type === 'array' ? (node.children ?? []) : [node], read);
}

export function stringText(node: Node): TextValue | undefined {
  return node.type === 'string' ? { value: String(node.value), span: spanOf(node) } : undefined;
}

/** Follows a JSON Pointer through the tree (to the last of duplicate keys), as far as it goes. */
export function nodeAtPointer(root: Node, pointer: string): { key?: Node; value: Node } {
  if (pointer === '') return { value: root };
  const segments = pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
  let found: { key?: Node; value: Node } = { value: root };
  for (const segment of segments) {
    const current = found.value;
    if (current.type === 'object') {
      const property = propertyNamed(propertiesOf(current), segment);
      if (!property) return found;
      found = { key: property.keyNode, value: property.valueNode };
    } else if (current.type === 'array') {
      const child = current.children?.[Number(segment)];
      if (!child) return found;
      found = { value: child };
    } else {
      return found;
    }
  }
  return found;
}
