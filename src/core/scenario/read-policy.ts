import { getNodeValue, type Node } from 'jsonc-parser';
import { POLICY_TYPES, type PolicyType, type ScenarioPolicy } from './model.ts';
import {
  describeType,
  properties,
  readRequiredString,
  readString,
  readStringList,
  type Report,
} from './nodes.ts';
import { suggest } from '../text/suggest.ts';

export const POLICY_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

/** Where a policy's document sits in the scenario text, so policy offsets can be shown as file positions. */
export interface DocumentOrigin {
  /** The document was a JSON string: its opening quote; otherwise the object was re-serialised. */
  stringOffset?: number;
  offset: number;
}

function isPolicyType(value: string): value is PolicyType {
  return (POLICY_TYPES as readonly string[]).includes(value);
}

function readType(node: Node | undefined, parent: Node, report: Report): PolicyType | undefined {
  const type = readRequiredString(node, 'type', parent, report);
  if (type === undefined || !node) return undefined;
  if (isPolicyType(type)) return type;
  const close = suggest(type, POLICY_TYPES);
  const hint = close ? ` (did you mean "${close}"?)` : '';
  report(`Unknown policy type "${type}"${hint}; expected one of ${POLICY_TYPES.join(', ')}`, node);
  return undefined;
}

function readDocument(node: Node | undefined, parent: Node, report: Report): string | undefined {
  if (!node) {
    report('document is required', parent);
    return undefined;
  }
  if (node.type === 'string') return String(node.value);
  if (node.type === 'object') return JSON.stringify(getNodeValue(node), null, 2);
  report(`document must be the policy as text or a JSON object, not ${describeType(node)}`, node);
  return undefined;
}

function readLevel(
  node: Node | undefined,
  type: PolicyType | undefined,
  report: Report,
): number | undefined {
  if (!node) return type === 'scp' || type === 'rcp' ? 0 : undefined;
  if (type !== undefined && type !== 'scp' && type !== 'rcp') {
    report(`level applies only to scp and rcp policies, not ${type}`, node);
    return undefined;
  }
  const value: unknown = node.value;
  if (
    node.type !== 'number' ||
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < 0
  ) {
    report('level must be a whole number, 0 or more (0 = organization root)', node);
    return undefined;
  }
  return value;
}

/** One entry of `policies`; undefined when it has errors (already reported). */
export function readPolicy(
  node: Node,
  index: number,
  report: Report,
): { policy: ScenarioPolicy; origin: DocumentOrigin } | undefined {
  if (node.type !== 'object') {
    report(`policies[${index}] must be an object, not ${describeType(node)}`, node);
    return undefined;
  }
  const fields = properties(node);
  let failed = false;
  const check: Report = (message, at) => {
    failed = true;
    report(message, at);
  };
  const idNode = fields.get('id');
  const id = readRequiredString(idNode, 'id', node, check);
  if (id !== undefined && idNode && !POLICY_ID_PATTERN.test(id)) {
    check(`id "${id}" must be 1 to 64 characters from A-Z a-z 0-9 . _ -`, idNode);
  }
  const name = readString(fields.get('name'), 'name', check);
  const type = readType(fields.get('type'), node, check);
  const documentNode = fields.get('document');
  const document = readDocument(documentNode, node, check);
  const attachedTo = readStringList(fields.get('attachedTo'), 'attachedTo', check);
  const level = readLevel(fields.get('level'), type, check);
  if (failed || id === undefined || type === undefined || document === undefined || !documentNode) {
    return undefined;
  }
  const policy: ScenarioPolicy = { id, type, document };
  if (name !== undefined) policy.name = name;
  if (attachedTo !== undefined) policy.attachedTo = attachedTo;
  if (level !== undefined) policy.level = level;
  const origin: DocumentOrigin =
    documentNode.type === 'string'
      ? { stringOffset: documentNode.offset, offset: documentNode.offset }
      : { offset: documentNode.offset };
  return { policy, origin };
}
