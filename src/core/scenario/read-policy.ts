import type { Node } from 'jsonc-parser';
import type { Span } from '../policy/model.ts';
import { POLICY_TYPES, type PolicyType, type ScenarioPolicy } from './model.ts';
import {
  describeType,
  readEntry,
  readRequiredString,
  readString,
  readStringList,
  type Report,
} from './nodes.ts';
import { suggest } from '../text/suggest.ts';
import { objectDocument, type DocumentOrigin } from './document-position.ts';

export type { DocumentOrigin } from './document-position.ts';

export const POLICY_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Where the document of `policies[index]`, given as a JSON object, is written in the scenario text:
 * the document is that text as written (see objectDocument).
 */
export type ObjectDocumentSpan = (node: Node, index: number) => Span;

export interface DocumentSource {
  text: string;
  objectSpan: ObjectDocumentSpan;
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

function readDocument(
  node: Node | undefined,
  parent: Node,
  index: number,
  source: DocumentSource,
  report: Report,
): { document: string; origin: DocumentOrigin } | undefined {
  if (!node) {
    report('document is required', parent);
    return undefined;
  }
  if (node.type === 'string') {
    return {
      document: String(node.value),
      origin: { stringOffset: node.offset, offset: node.offset },
    };
  }
  if (node.type === 'object') {
    return objectDocument(source.text, source.objectSpan(node, index));
  }
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

/**
 * One entry of `policies`; undefined when it has errors (already reported). `source` is the
 * scenario text, from which a document given as an object is taken as written.
 */
export function readPolicy(
  node: Node,
  index: number,
  source: DocumentSource,
  report: Report,
): { policy: ScenarioPolicy; origin: DocumentOrigin } | undefined {
  const entry = readEntry(node, `policies[${index}]`, report);
  if (!entry) return undefined;
  const { fields, check } = entry;
  const idNode = fields.get('id');
  const id = readRequiredString(idNode, 'id', node, check);
  if (id !== undefined && idNode && !POLICY_ID_PATTERN.test(id)) {
    check(`id "${id}" must be 1 to 64 characters from A-Z a-z 0-9 . _ -`, idNode);
  }
  const name = readString(fields.get('name'), 'name', check);
  const type = readType(fields.get('type'), node, check);
  const document = readDocument(fields.get('document'), node, index, source, check);
  const attachedTo = readStringList(fields.get('attachedTo'), 'attachedTo', check);
  const level = readLevel(fields.get('level'), type, check);
  const accountPolicy = readString(fields.get('accountPolicy'), 'accountPolicy', check);
  if (entry.failed() || id === undefined || type === undefined || document === undefined)
    return undefined;
  const policy: ScenarioPolicy = { id, type, document: document.document };
  if (name !== undefined) policy.name = name;
  if (attachedTo !== undefined) policy.attachedTo = attachedTo;
  if (level !== undefined) policy.level = level;
  if (accountPolicy !== undefined) policy.accountPolicy = accountPolicy;
  return { policy, origin: document.origin };
}
