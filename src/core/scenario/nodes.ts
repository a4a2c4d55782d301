import type { Node } from 'jsonc-parser';
import { ValueNode } from './value-nodes.ts';

/** An error found while reading, located by its offset in the scenario text. */
export interface LocatedError {
  message: string;
  offset: number;
  policyId?: string;
  requestId?: string;
}

export type Report = (message: string, node: Node) => void;

export function describeType(node: Node): string {
  return node.type === 'property'
    ? 'a property'
    : `${node.type === 'array' || node.type === 'object' ? 'an' : 'a'} ${node.type}`;
}

/** The value nodes of an object's properties, by name. */
export interface Fields {
  get(name: string): Node | undefined;
}

/** The value nodes of an object's properties, by name (the first one wins). */
export function properties(node: Node): Fields {
  if (node instanceof ValueNode) return node;
  const result = new Map<string, Node>();
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key?.type === 'string' && value && !result.has(String(key.value))) {
      result.set(String(key.value), value);
    }
  }
  return result;
}

/**
 * An entry of a list (`policies[index]`, `requests[index]`): its fields, and a report that also
 * remembers whether it was called, so that an entry with any problem is dropped whole. Undefined
 * (reported) when the entry is not an object.
 */
export function readEntry(
  node: Node,
  name: string,
  report: Report,
): { fields: Fields; check: Report; failed(): boolean } | undefined {
  if (node.type !== 'object') {
    report(`${name} must be an object, not ${describeType(node)}`, node);
    return undefined;
  }
  let failed = false;
  const check: Report = (message, at) => {
    failed = true;
    report(message, at);
  };
  return { fields: properties(node), check, failed: () => failed };
}

export function readString(
  node: Node | undefined,
  name: string,
  report: Report,
): string | undefined {
  if (!node) return undefined;
  if (node.type !== 'string') {
    report(`${name} must be a string, not ${describeType(node)}`, node);
    return undefined;
  }
  return String(node.value);
}

/** Whether a required field is there; when it is not, reports it missing from `parent`. */
export function isPresent(
  node: Node | undefined,
  name: string,
  parent: Node,
  report: Report,
): node is Node {
  if (!node) report(`${name} is required`, parent);
  return node !== undefined;
}

/** What `read` makes of a required field; when the field is not there, reports it missing from `parent`. */
export function readRequired<T>(
  read: (node: Node, name: string, report: Report) => T | undefined,
  node: Node | undefined,
  name: string,
  parent: Node,
  report: Report,
): T | undefined {
  return isPresent(node, name, parent, report) ? read(node, name, report) : undefined;
}

/** A string that is not empty. */
function readFilledString(node: Node, name: string, report: Report): string | undefined {
  const value = readString(node, name, report);
  if (value === '') report(`${name} must not be empty`, node);
  return value === '' ? undefined : value;
}

export function readRequiredString(
  node: Node | undefined,
  name: string,
  parent: Node,
  report: Report,
): string | undefined {
  return readRequired(readFilledString, node, name, parent, report);
}

/** A string or an array of strings, as an array. */
export function readStringList(
  node: Node | undefined,
  name: string,
  report: Report,
): string[] | undefined {
  if (!node) return undefined;
  if (node.type === 'string') return [String(node.value)];
  if (node.type !== 'array') {
    report(`${name} must be a string or an array of strings, not ${describeType(node)}`, node);
    return undefined;
  }
  const values: string[] = [];
  for (const [index, item] of (node.children ?? []).entries()) {
    if (item.type === 'string') values.push(String(item.value));
    else report(`${name}[${index}] must be a string, not ${describeType(item)}`, item);
  }
  return values;
}
